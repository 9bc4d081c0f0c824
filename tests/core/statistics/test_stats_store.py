"""Importing statistics into the database: channels chosen and remembered, idempotent
re-imports, batches undone, posts linked to the calendar; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from kuntasome.core.cancel import Cancellation, OperationCancelled
from kuntasome.core.channels.register import create_channel
from kuntasome.core.errors import UserError
from kuntasome.core.models import ChannelDailyMetric, ImportBatch, Post, PostMetric, PostTarget
from kuntasome.core.statistics.store import (
    StatsError,
    import_plan,
    list_batches,
    plan_import,
    undo_batch,
)

EXPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "exports"
TODAY = date(2026, 11, 22)
REACH = EXPORTS / "facebook/Oigetit-Social-Media-Reports__Reach.csv"
IG_POSTS = EXPORTS / "instagram/fts-video-site__May-25-2026_Jun-21-2026_1493633672508178.csv"


@pytest.fixture
def channels(engine: Engine) -> dict[str, int]:
    made = {
        "fb": create_channel(engine, platform="facebook", address="kallioranta", status="active"),
        "ig": create_channel(engine, platform="instagram", address="@kallioranta", status="active"),
        "ig2": create_channel(engine, platform="instagram", address="@nuoret", status="active"),
        "yt": create_channel(engine, platform="youtube", address="@kallioranta", status="active"),
    }
    return {k: v.id or 0 for k, v in made.items()}


def _count(engine: Engine, table: type, **where: object) -> int:
    with Session(engine) as s:
        query = select(func.count()).select_from(table)
        for name, value in where.items():
            query = query.where(getattr(table, name) == value)
        return int(s.exec(query).one())


def test_a_daily_export_imports_once_and_an_overlapping_one_replaces(
    engine: Engine, channels: dict[str, int], tmp_path: Path
) -> None:
    plan = plan_import(engine, REACH, TODAY)
    assert plan.unlinked() == [""]  # the file does not say which page: the user chooses
    result = import_plan(engine, plan, {"": channels["fb"]})
    assert result.values == 105 == _count(engine, ChannelDailyMetric, channel_id=channels["fb"])
    (batch,) = list_batches(engine)
    assert (batch.kind, batch.values, batch.first_day, batch.last_day) == (
        "meta_daily",
        105,
        date(2025, 1, 1),
        date(2025, 4, 15),
    )
    again = plan_import(engine, REACH, TODAY)
    with pytest.raises(StatsError, match="already been imported"):
        import_plan(engine, again, {"": channels["fb"]})

    # An export of an overlapping period with a later figure for 15 April.
    overlap = tmp_path / "Reach.csv"
    overlap.write_bytes(
        'sep=,\n"Facebook reach"\n"Date","Primary"\n"2025-04-15T01:00:00","999"\n'
        '"2025-04-16T01:00:00","5"\n'.encode("utf-16")
    )
    import_plan(engine, plan_import(engine, overlap, TODAY), {"": channels["fb"]})
    assert _count(engine, ChannelDailyMetric, channel_id=channels["fb"]) == 106  # not 107
    with Session(engine) as s:
        value = s.get(ChannelDailyMetric, (channels["fb"], date(2025, 4, 15), "reach"))
        assert value is not None and value.value == 999

    # Undo the first import: its values go, the later file's stay.
    removed = undo_batch(engine, batch.id)
    assert removed == 104
    assert _count(engine, ChannelDailyMetric, channel_id=channels["fb"]) == 2
    with pytest.raises(StatsError, match="already been undone"):
        undo_batch(engine, batch.id)
    import_plan(engine, plan_import(engine, REACH, TODAY), {"": channels["fb"]})  # allowed again


def test_accounts_are_remembered_and_the_wrong_service_is_refused(
    engine: Engine, channels: dict[str, int]
) -> None:
    plan = plan_import(engine, IG_POSTS, TODAY)
    assert sorted(plan.unlinked()) == ["17841400057482273", "17841400882674637"]
    with pytest.raises(StatsError, match="Choose the channel for: caryjack"):
        import_plan(engine, plan, {"17841400882674637": channels["ig"]})
    with pytest.raises(StatsError, match="instagram, but facebook:kallioranta"):
        import_plan(engine, plan, {k: channels["fb"] for k in plan.unlinked()})
    assert list_batches(engine) == []  # refused: nothing stored
    result = import_plan(
        engine, plan, {"17841400882674637": channels["ig"], "17841400057482273": channels["ig2"]}
    )
    assert result.values == plan.parsed.values
    undo_batch(engine, list_batches(engine)[0].id)
    remembered = plan_import(engine, IG_POSTS, TODAY)
    assert remembered.unlinked() == [] and remembered.linked["17841400057482273"] == channels["ig2"]


def test_post_metrics_are_linked_to_the_calendar_by_address(
    engine: Engine, channels: dict[str, int]
) -> None:
    plan = plan_import(engine, IG_POSTS, TODAY)
    first = plan.parsed.posts[0]
    with Session(engine) as s:
        post = Post(title="Matkavinkki", status="published")
        s.add(post)
        s.flush()
        s.add(
            PostTarget(
                post_id=post.id or 0,
                channel_id=channels["ig"],
                status="published",
                published_url=first.url.replace("https://www.", "https://").rstrip("/"),
            )
        )
        s.commit()
    result = import_plan(engine, plan, {k: channels["ig"] for k in plan.parsed.accounts})
    assert result.posts_linked == 1
    with Session(engine) as s:
        linked = s.exec(select(PostMetric).where(col(PostMetric.post_target_id).is_not(None))).all()
    assert {m.external_id for m in linked} == {first.external_id}
    assert {m.metric: m.value for m in linked} == first.metrics


def test_a_file_that_fails_imports_nothing(engine: Engine, channels: dict[str, int]) -> None:
    plan = plan_import(
        engine, EXPORTS / "youtube/YouTube-Channel-Analytics-Dashboard__Totals.csv", TODAY
    )
    with pytest.raises(StatsError, match="youtube, but facebook"):
        import_plan(engine, plan, {"": channels["fb"]})
    assert _count(engine, ImportBatch) == 0 and _count(engine, ChannelDailyMetric) == 0


class CancelAfterWrites(Cancellation):
    """Cancels at the check after the daily values were written: the writes must roll back."""

    def __init__(self, at_check: int) -> None:
        super().__init__()
        self.checks = 0
        self.at_check = at_check

    def check(self) -> None:
        self.checks += 1
        if self.checks == self.at_check:
            self.cancel()
        super().check()


@pytest.mark.parametrize("at_check", [2, 3])  # after the daily upsert; just before the commit
def test_a_cancelled_import_leaves_the_database_as_it_was(
    engine: Engine, channels: dict[str, int], at_check: int
) -> None:
    plan = plan_import(engine, REACH, TODAY)
    cancel = CancelAfterWrites(at_check)
    with pytest.raises(OperationCancelled):
        import_plan(engine, plan, {"": channels["fb"]}, cancel=cancel)
    assert cancel.checks == at_check
    assert _count(engine, ChannelDailyMetric) == 0
    assert _count(engine, ImportBatch) == 0
    # Nothing half-done stands in the way: the same file imports afterwards.
    assert import_plan(engine, plan_import(engine, REACH, TODAY), {"": channels["fb"]}).values > 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("2020-09-03,Direct or unknown,1", "2020-09-03,Direct or unknown,-5"), "impossible"),
        (("2020-09-03,Direct or unknown,1", "2020-09-03,Direct or unknown,1e308"), "impossible"),
        (("2020-09-03,Direct or unknown,1", "9999-09-03,Direct or unknown,1"), "no export holds"),
        (("2020-09-03,Direct or unknown,1", "0202-09-03,Direct or unknown,1"), "no export holds"),
    ],
    ids=["negative", "1e308", "year 9999", "year 0202"],
)
def test_a_file_with_an_impossible_value_is_refused(
    engine: Engine, tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    """Issue 20, family 3: years 0202 and 9999, 1e308 and negative view counts were imported
    (and then `stats list --json` printed Infinity, `stats chart` overflowed)."""
    source = EXPORTS / "youtube/Traffic-Source-Analysis-WholeBrainHealth__Chart_data.csv"
    text = source.read_text("utf-8")
    assert change[0] in text
    damaged = tmp_path / "Chart data.csv"
    damaged.write_text(text.replace(change[0], change[1], 1), "utf-8")
    assert plan_import(engine, source, TODAY).parsed.values  # the file as it came imports
    with pytest.raises(UserError, match=message):
        plan_import(engine, damaged, TODAY)
    assert _count(engine, ImportBatch) == 0 and _count(engine, ChannelDailyMetric) == 0
