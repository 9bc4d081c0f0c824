"""The configurable reasons for hiding or removing a comment, labelled in fi/sv/en."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import RemovalReason

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class Reason:
    code: str
    label_fi: str
    label_sv: str
    label_en: str
    active: bool = True

    def label(self, language: str) -> str:
        return {"fi": self.label_fi, "sv": self.label_sv}.get(language, self.label_en) or (
            self.label_en or self.label_fi
        )


def list_reasons(engine: Engine, *, include_inactive: bool = True) -> list[Reason]:
    query = select(RemovalReason).order_by(col(RemovalReason.position), col(RemovalReason.code))
    if not include_inactive:
        query = query.where(col(RemovalReason.active).is_(True))
    with session_scope(engine) as s:
        return [Reason(r.code, r.label_fi, r.label_sv, r.label_en, r.active) for r in s.exec(query)]


def reason_labels(engine: Engine, language: str) -> dict[str, str]:
    """Code → label in *language*, retired reasons included (old entries still name them)."""
    return {r.code: r.label(language) for r in list_reasons(engine)}


def _code_for(label: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:30] or "reason"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def save_reasons(engine: Engine, reasons: list[Reason], *, actor_id: int | None = None) -> None:
    """Store the list in its order. Reasons are never deleted (entries refer to them): a
    reason left out is retired. A new reason (empty code) gets a code from its label."""

    for reason in reasons:
        if not (reason.label_fi.strip() or reason.label_sv.strip() or reason.label_en.strip()):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Every reason needs a name."))
    with session_scope(engine) as s:
        stored = {r.code: r for r in s.exec(select(RemovalReason))}
        kept: set[str] = set()
        for position, reason in enumerate(reasons):
            code = reason.code or _code_for(
                reason.label_en or reason.label_fi or reason.label_sv, set(stored)
            )
            row = stored.get(code)
            if row is None:
                row = RemovalReason(code=code, label_fi="", label_sv="", label_en="")
                stored[code] = row
                s.add(row)
            row.label_fi = reason.label_fi.strip()
            row.label_sv = reason.label_sv.strip()
            row.label_en = reason.label_en.strip()
            row.position = position
            row.active = reason.active
            kept.add(code)
        for code, row in stored.items():
            if code not in kept:
                row.active = False
        audit.record(
            s,
            "moderation.reasons",
            entity="removalreason",
            entity_id=None,
            actor_id=actor_id,
            active=sorted(c for c, r in stored.items() if r.active),
        )
