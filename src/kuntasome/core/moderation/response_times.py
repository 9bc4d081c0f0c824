"""Response-time figures: how quickly comments that promise an answer got one."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kuntasome.core.moderation.log import EntryRow


@dataclass(frozen=True)
class ResponseFigures:
    channel_id: int | None  # None: all channels together
    channel_name: str
    handled: int  # every entry (latest versions) in the period
    needing_answer: int
    answered: int
    on_time: int
    late: int
    open: int
    overdue: int
    median_hours: float | None

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.answered if self.answered else None


def _figures(
    channel_id: int | None, name: str, rows: list[EntryRow], now: datetime
) -> ResponseFigures:
    needing = [r for r in rows if r.needs_answer]
    answered = [r for r in needing if r.answered_at is not None]
    hours = [
        (r.answered_at - r.arrived_at).total_seconds() / 3600 for r in answered if r.answered_at
    ]
    return ResponseFigures(
        channel_id=channel_id,
        channel_name=name,
        handled=len(rows),
        needing_answer=len(needing),
        answered=len(answered),
        on_time=sum(1 for r in answered if not r.answered_late()),
        late=sum(1 for r in answered if r.answered_late()),
        open=sum(1 for r in needing if r.is_open()),
        overdue=sum(1 for r in needing if r.is_overdue(now)),
        median_hours=statistics.median(hours) if hours else None,
    )


def response_figures(rows: Iterable[EntryRow], now: datetime) -> list[ResponseFigures]:
    """Per channel (by name), then the total; *rows* are the latest versions of a period."""
    by_channel: dict[int, list[EntryRow]] = {}
    names: dict[int, str] = {}
    everything: list[EntryRow] = []
    for row in rows:
        if row.superseded:
            continue
        by_channel.setdefault(row.channel_id, []).append(row)
        names[row.channel_id] = row.channel_name
        everything.append(row)
    result = [
        _figures(cid, names[cid], entries, now)
        for cid, entries in sorted(by_channel.items(), key=lambda item: names[item[0]].lower())
    ]
    result.append(_figures(None, "", everything, now))
    return result
