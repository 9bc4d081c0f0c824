"""Audit entries: who, what, when, with details that are always valid JSON."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.models import AuditLog


def test_details_survive_quotes_and_dates(engine: Engine) -> None:
    with session_scope(engine) as s:
        audit.record(
            s,
            "channel.status",
            entity="channel",
            entity_id=7,
            actor_id=None,
            reason='Sanottiin "ei enää" – lopetetaan',
            on=date(2026, 11, 22),
        )
    with Session(engine) as s:
        entry = s.exec(select(AuditLog)).one()
    assert (entry.action, entry.entity, entry.entity_id) == ("channel.status", "channel", 7)
    assert entry.at is not None
    assert json.loads(entry.details) == {
        "reason": 'Sanottiin "ei enää" – lopetetaan',
        "on": "2026-11-22",
    }
