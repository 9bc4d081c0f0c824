"""The Channels section: register, people and access, requests and reviews."""
