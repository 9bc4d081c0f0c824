"""The audit log: who did what, when. Every service records through here."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session


# SQLAlchemy is imported inside the functions: the window imports this module before its
# first paint, which must not wait for the ORM (tests/ui/test_startup.py guards the boundary).


def details_json(**details: object) -> str:
    """Details as JSON (dates and other values as text), never hand-built strings."""
    return json.dumps(details, ensure_ascii=False, default=str)


def record(
    session: Session,
    action: str,
    *,
    entity: str,
    entity_id: int | None,
    actor_id: int | None = None,
    **details: object,
) -> None:
    """Add an audit entry to *session*; it commits with the change it describes."""
    from kuntasome.core.models import AuditLog

    session.add(
        AuditLog(
            actor_id=actor_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=details_json(**details),
        )
    )
