"""The channel register: channels, access, secrets, requests and reviews, import, public list."""
