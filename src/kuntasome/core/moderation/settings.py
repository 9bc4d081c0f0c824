"""The moderation log's shared settings: answer deadline, office hours, check-ins, retention."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

_PREFIX = "moderation."


@dataclass(frozen=True)
class ModerationSettings:
    # 0 = the same working day, 1 = at the latest the next working day, …
    answer_within_working_days: int = 1
    office_opens: time = time(8, 0)
    office_closes: time = time(16, 0)
    checkins_per_working_day: int = 3
    # Retention in years per record type (personal data: author handles and comment texts).
    keep_removals_with_evidence_years: int = 10
    keep_blocks_years: int = 10
    keep_other_entries_years: int = 2

    def valid(self) -> bool:
        return (
            0 <= self.answer_within_working_days <= 10
            and self.office_opens < self.office_closes
            and 1 <= self.checkins_per_working_day <= 24
            and all(
                1 <= years <= 50
                for years in (
                    self.keep_removals_with_evidence_years,
                    self.keep_blocks_years,
                    self.keep_other_entries_years,
                )
            )
        )


def load_moderation_settings(engine: Engine) -> ModerationSettings:
    from sqlmodel import col, select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    with session_scope(engine) as s:
        stored = {
            row.key[len(_PREFIX) :]: row.value
            for row in s.exec(select(Setting).where(col(Setting.key).startswith(_PREFIX)))
        }
    defaults = ModerationSettings()
    values: dict[str, object] = {}
    for f in fields(ModerationSettings):
        if f.name not in stored:
            continue
        default = getattr(defaults, f.name)
        try:
            values[f.name] = (
                time.fromisoformat(stored[f.name])
                if isinstance(default, time)
                else int(stored[f.name])
            )
        except ValueError:
            continue  # a damaged value falls back to the default
    result = ModerationSettings(**values)  # type: ignore[arg-type]
    return result if result.valid() else defaults


def save_moderation_settings(
    engine: Engine, settings: ModerationSettings, *, actor_id: int | None = None
) -> None:
    from kuntasome.core import audit
    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    if not settings.valid():
        raise ValueError(settings)
    with session_scope(engine) as s:
        changed = []
        for f in fields(ModerationSettings):
            value = getattr(settings, f.name)
            text = value.isoformat(timespec="minutes") if isinstance(value, time) else str(value)
            row = s.get(Setting, _PREFIX + f.name)
            if row is None:
                s.add(Setting(key=_PREFIX + f.name, value=text))
                changed.append(f.name)
            elif row.value != text:
                row.value = text
                changed.append(f.name)
        if changed:
            audit.record(
                s,
                "moderation.settings",
                entity="setting",
                entity_id=None,
                actor_id=actor_id,
                fields=changed,
            )
