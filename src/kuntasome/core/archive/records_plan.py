"""The records plan (tiedonohjaussuunnitelma / dokumenthanteringsplan) as it applies to what
KuntaSome keeps: each record type, its code in the organisation's plan, how long it is kept
and why, and the metadata a Finnish municipal e-archive imports (the JHS 191 / SÄHKE2 model:
task code, publicity class, personal data, retention period and its basis).

The codes are the organisation's own (built on Kuntien yhteinen tehtäväluokitus in Finland,
on the klassificeringsstruktur in Sweden): KuntaSome cannot know them and leaves them empty
until they are set. The retention periods have defaults a communicator would expect.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import RecordsPlanCode

PERMANENT = 0  # retention_years of a record kept for ever


@dataclass(frozen=True)
class RecordType:
    key: str
    title: str  # context "RecordsPlan"
    retention_years: int  # default; PERMANENT for ever
    basis: str  # context "RecordsPlan": why this long
    publicity: str  # "public" or "partly_secret"
    personal_data: bool


RECORD_TYPES = (
    RecordType(
        "channel",
        QT_TRANSLATE_NOOP("RecordsPlan", "Channel record"),
        PERMANENT,
        QT_TRANSLATE_NOOP(
            "RecordsPlan", "The register of the organisation's channels is kept permanently."
        ),
        "public",
        True,
    ),
    RecordType(
        "post",
        QT_TRANSLATE_NOOP("RecordsPlan", "Post"),
        10,
        QT_TRANSLATE_NOOP("RecordsPlan", "Published communication of the organisation."),
        "public",
        False,
    ),
    RecordType(
        "moderation_entry",
        QT_TRANSLATE_NOOP("RecordsPlan", "Moderation entry"),
        2,
        QT_TRANSLATE_NOOP(
            "RecordsPlan", "Dialogue with the public; removals are kept with their evidence."
        ),
        "partly_secret",
        True,
    ),
    RecordType(
        "evidence",
        QT_TRANSLATE_NOOP("RecordsPlan", "Evidence of a removal"),
        10,
        QT_TRANSLATE_NOOP(
            "RecordsPlan", "Evidence of a removal, for complaints and legal proceedings."
        ),
        "partly_secret",
        True,
    ),
    RecordType(
        "block",
        QT_TRANSLATE_NOOP("RecordsPlan", "Blocked account"),
        10,
        QT_TRANSLATE_NOOP("RecordsPlan", "A decision restricting a person's access to a channel."),
        "partly_secret",
        True,
    ),
    RecordType(
        "checkin",
        QT_TRANSLATE_NOOP("RecordsPlan", "Monitoring check-in"),
        2,
        QT_TRANSLATE_NOOP("RecordsPlan", "Shows that the channels were followed."),
        "public",
        True,
    ),
    RecordType(
        "statistics",
        QT_TRANSLATE_NOOP("RecordsPlan", "Statistics"),
        5,
        QT_TRANSLATE_NOOP("RecordsPlan", "Figures for planning and reporting."),
        "public",
        False,
    ),
    RecordType(
        "report",
        QT_TRANSLATE_NOOP("RecordsPlan", "Management report"),
        PERMANENT,
        QT_TRANSLATE_NOOP("RecordsPlan", "Reports to management are kept permanently."),
        "public",
        False,
    ),
    RecordType(
        "audit",
        QT_TRANSLATE_NOOP("RecordsPlan", "Audit entry"),
        10,
        QT_TRANSLATE_NOOP("RecordsPlan", "Who did what: the trail of every record above."),
        "public",
        True,
    ),
)
BY_KEY = {t.key: t for t in RECORD_TYPES}
# In a table column: the kind only (PUBLICITY says why).
PUBLICITY_SHORT = {
    "public": QT_TRANSLATE_NOOP("RecordsPlan", "Public"),
    "partly_secret": QT_TRANSLATE_NOOP("RecordsPlan", "Partly secret"),
}
PUBLICITY = {
    "public": QT_TRANSLATE_NOOP("RecordsPlan", "Public"),
    "partly_secret": QT_TRANSLATE_NOOP(
        "RecordsPlan", "Partly secret (personal data of private persons)"
    ),
}


@dataclass(frozen=True)
class PlanEntry:
    record_type: RecordType
    code: str  # the organisation's task code; "" until set
    title: str  # the code's title in the organisation's plan
    retention_years: int

    @property
    def key(self) -> str:
        return self.record_type.key


def load_plan(engine: Engine) -> list[PlanEntry]:
    """Every record type with the organisation's code and retention (or the defaults)."""
    with session_scope(engine) as s:
        stored = {r.record_type: r for r in s.exec(select(RecordsPlanCode)).all()}
    plan = []
    for kind in RECORD_TYPES:
        row = stored.get(kind.key)
        years = row.retention_years if row and row.retention_years is not None else None
        plan.append(
            PlanEntry(
                kind,
                row.code if row else "",
                row.title if row else "",
                kind.retention_years if years is None else years,
            )
        )
    return plan


class RecordsPlanError(UserError):
    pass


def save_plan_entry(
    engine: Engine,
    key: str,
    *,
    code: str | None = None,
    title: str | None = None,
    retention_years: int | None = None,
    actor_id: int | None = None,
) -> PlanEntry:
    """Set a record type's code, title or retention (what is not given stays); audited."""
    if key not in BY_KEY:
        raise RecordsPlanError(
            QT_TRANSLATE_NOOP("Errors", "Unknown record type {key} (choose from {keys})."),
            key=key,
            keys=", ".join(BY_KEY),
        )
    if retention_years is not None and not 0 <= retention_years <= 200:
        raise RecordsPlanError(
            QT_TRANSLATE_NOOP(
                "Errors", "A retention period is 1 to 200 years, or 0 for records kept permanently."
            )
        )
    with session_scope(engine) as s:
        row = s.exec(select(RecordsPlanCode).where(RecordsPlanCode.record_type == key)).first()
        if row is None:
            row = RecordsPlanCode(record_type=key, code="")
            s.add(row)
        before = {"code": row.code, "title": row.title, "retention_years": row.retention_years}
        if code is not None:
            row.code = code.strip()[:40]
        if title is not None:
            row.title = title.strip()[:200]
        if retention_years is not None:
            row.retention_years = retention_years
        s.flush()
        audit.record(
            s,
            "records.plan",
            entity="recordsplancode",
            entity_id=row.id,
            actor_id=actor_id,
            record_type=key,
            before=before,
            after={"code": row.code, "title": row.title, "retention_years": row.retention_years},
        )
    return next(p for p in load_plan(engine) if p.key == key)
