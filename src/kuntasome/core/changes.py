"""What a user action changed, as typed flags: each view decides from them whether to reload.

The window and, later, team mode's notifications from other laptops speak the same words, so
a view that shows posts reloads for ``CALENDAR`` whoever made the change.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    """One kind of record a user action may have changed."""

    NONE = 0
    ORGANISATION = enum.auto()  # name, country, time zone, units
    CHANNELS = enum.auto()  # the register: channels, their details and statuses
    PEOPLE = enum.auto()
    ACCESS = enum.auto()  # who can log in where
    SECRETS = enum.auto()  # which secrets exist (never their values)
    REQUESTS = enum.auto()  # channel requests and reviews
    CALENDAR = enum.auto()  # posts, their targets and media, crisis mode
    MODERATION = enum.auto()  # the log, blocks, check-ins, moderation settings
    STATISTICS = enum.auto()
    REPORTS = enum.auto()  # report runs and the report settings
    ARCHIVE = enum.auto()  # archive snapshots, the records plan
    SETTINGS = enum.auto()  # this machine's preferences (language, who I am)
