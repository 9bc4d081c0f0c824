"""Optimistic locking: two people editing the same record cannot overwrite each other."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from kuntasome.core.db import session_scope
from kuntasome.core.models import Channel


def load(engine: Engine) -> Channel:
    """As the UI gets records: a detached copy from a short session."""
    with session_scope(engine) as s:
        channel = s.get(Channel, 1)
        assert channel is not None
        return channel


def save(engine: Engine, channel: Channel) -> None:
    with session_scope(engine) as s:
        s.add(channel)


def test_second_stale_edit_is_refused(engine: Engine) -> None:
    save(engine, Channel(platform="facebook", handle="kallioranta", display_name="Kallioranta"))
    mine, theirs = load(engine), load(engine)  # Sari and Sara open the same channel
    mine.purpose = "Tiedotteet"
    save(engine, mine)
    theirs.purpose = "Meddelanden"
    with pytest.raises(StaleDataError):
        save(engine, theirs)
    with Session(engine) as s:
        channel = s.get(Channel, 1)
        assert channel is not None
        assert channel.purpose == "Tiedotteet" and channel.version_id == 2
