"""The moderation log's shared settings: answer deadline, office hours, check-ins, retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.settings import load_shared, save_shared, shared

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class ModerationSettings:
    # 0 = the same working day, 1 = at the latest the next working day, …
    answer_within_working_days: int = shared(
        "moderation.answer_within_working_days", 1, QT_TRANSLATE_NOOP("Settings", "Answer within")
    )
    office_opens: time = shared(
        "moderation.office_opens", time(8, 0), QT_TRANSLATE_NOOP("Settings", "Office opens")
    )
    office_closes: time = shared(
        "moderation.office_closes", time(16, 0), QT_TRANSLATE_NOOP("Settings", "Office closes")
    )
    checkins_per_working_day: int = shared(
        "moderation.checkins_per_working_day",
        3,
        QT_TRANSLATE_NOOP("Settings", "Check-ins per working day"),
    )
    # Retention in years per record type (personal data: author handles and comment texts).
    keep_removals_with_evidence_years: int = shared(
        "moderation.keep_removals_with_evidence_years",
        10,
        QT_TRANSLATE_NOOP("Settings", "Keep removals with evidence"),
    )
    keep_blocks_years: int = shared(
        "moderation.keep_blocks_years", 10, QT_TRANSLATE_NOOP("Settings", "Keep blocks")
    )
    keep_other_entries_years: int = shared(
        "moderation.keep_other_entries_years",
        2,
        QT_TRANSLATE_NOOP("Settings", "Keep other entries"),
    )

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
    return load_shared(engine, ModerationSettings)


def save_moderation_settings(
    engine: Engine, settings: ModerationSettings, *, actor_id: int | None = None
) -> None:
    if not settings.valid():
        raise ValueError(settings)
    save_shared(engine, settings, action="moderation.settings", actor_id=actor_id)
