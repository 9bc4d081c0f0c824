"""Imported statistics in the database: batches that can be undone, accounts remembered by
channel, values stored once however often a file (or an overlapping one) is imported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.cancel import Cancellation
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import (
    AccountLink,
    Channel,
    ChannelDailyMetric,
    ImportBatch,
    PostMetric,
    PostTarget,
)
from kuntasome.core.statistics.importers.detect import UnknownFile, first_table, recognise
from kuntasome.core.statistics.importers.parsed import Parsed
from kuntasome.core.statistics.importers.plausible import check_plausible
from kuntasome.core.statistics.importers.tables import read_document
from kuntasome.core.statistics.mapping import apply_mapping, saved_mapping
from kuntasome.core.utc import as_utc

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Meta's daily exports do not always say whether they are Facebook or Instagram.
META = ("facebook", "instagram")


class StatsError(UserError):
    pass


@dataclass(frozen=True)
class BatchRow:
    id: int
    file_name: str
    sha256: str
    platform: str
    kind: str
    channel_id: int | None
    channel_name: str
    rows: int
    values: int
    first_day: date | None
    last_day: date | None
    imported_at: datetime
    undone_at: datetime | None


@dataclass
class ImportPlan:
    """A recognised file and what importing it needs: a channel for each account."""

    path: Path
    parsed: Parsed
    sha256: str
    already: BatchRow | None
    linked: dict[str, int]  # account key → channel remembered from an earlier import

    def unlinked(self) -> list[str]:
        return [key for key in self.parsed.accounts if key not in self.linked]


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    values: int
    posts_linked: int


def plan_import(engine: Engine, path: Path, today: date) -> ImportPlan:
    document = read_document(path)  # the file is read once: recognised and hashed
    parsed = recognise(document, today)
    if parsed is None:
        table = first_table(document)
        mapping = saved_mapping(engine, table) if table is not None else None
        if table is None or mapping is None:
            raise UnknownFile(path.name, table)
        parsed = apply_mapping(table, mapping)  # a shape mapped by hand before
    check_plausible(parsed, today)
    sha = document.sha256
    already = next((b for b in list_batches(engine, sha256=sha) if b.undone_at is None), None)
    keys = [k for k in parsed.accounts if k]
    linked: dict[str, int] = {}
    if keys:
        with session_scope(engine) as s:
            platforms = META if parsed.platform in META else (parsed.platform,)
            for link in s.exec(
                select(AccountLink).where(
                    col(AccountLink.platform).in_(platforms), col(AccountLink.account_key).in_(keys)
                )
            ):
                linked[link.account_key] = link.channel_id
    return ImportPlan(path, parsed, sha, already, linked)


def _check_platform(parsed: Parsed, channel_platform: str, channel_label: str) -> None:
    if parsed.platform == channel_platform:
        return
    if not parsed.platform and (parsed.kind == "mapped" or channel_platform in META):
        return  # a mapped table, or Meta's "Views" that can be either service
    raise StatsError(
        QT_TRANSLATE_NOOP(
            "Errors", "The file is from {platform}, but {channel} is a {channel_platform} channel."
        ),
        platform=parsed.platform or "Meta",
        channel=channel_label,
        channel_platform=channel_platform,
    )


def _aware(value: datetime | None) -> datetime | None:
    """Export times carry no zone; the day matters, so they are kept as written (UTC)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _normal_url(url: str) -> str:
    url = url.strip().casefold().split("#")[0]
    for prefix in ("https://", "http://", "www.", "m."):
        url = url.removeprefix(prefix)
    return url.rstrip("/")


def import_plan(
    engine: Engine,
    plan: ImportPlan,
    channels: Mapping[str, int],
    *,
    actor_id: int | None = None,
    remember: bool = True,
    cancel: Cancellation | None = None,
) -> ImportResult:
    """Store the file's values for the chosen channel of each account, all or nothing.

    Values already there for the same channel, day and metric (or post and metric) are
    replaced, so an overlapping or repeated export never counts twice. *cancel* is checked
    between the steps and last just before the commit: a cancelled import rolls back.
    """
    check = cancel.check if cancel is not None else (lambda: None)

    parsed = plan.parsed
    if plan.already is not None:
        raise StatsError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has already been imported ({when}). Undo that import first to import"
                " it again.",
            ),
            name=plan.path.name,
            when=plan.already.imported_at.date().isoformat(),
        )
    chosen = {key: channels.get(key, plan.linked.get(key)) for key in parsed.accounts}
    missing = [parsed.accounts[k] or k or "–" for k, v in chosen.items() if v is None]
    if missing:
        raise StatsError(
            QT_TRANSLATE_NOOP("Errors", "Choose the channel for: {accounts}."),
            accounts=", ".join(missing),
        )
    target: dict[str, int] = {k: v for k, v in chosen.items() if v is not None}
    now = datetime.now(UTC)
    with session_scope(engine) as s:
        info = {}
        for channel_id in set(target.values()):
            channel = s.get(Channel, channel_id)
            if channel is None:
                raise StatsError(QT_TRANSLATE_NOOP("Errors", "Choose the channel."))
            label = f"{channel.platform}:{channel.handle}"
            _check_platform(parsed, channel.platform, label)
            info[channel_id] = channel
        single = next(iter(set(target.values()))) if len(set(target.values())) == 1 else None
        batch = ImportBatch(
            file_name=plan.path.name[:300],
            sha256=plan.sha256,
            platform=parsed.platform or (info[single].platform if single else ""),
            kind=parsed.kind,
            channel_id=single,
            rows=parsed.rows,
            values=parsed.values,
            first_day=parsed.first_day,
            last_day=parsed.last_day,
            imported_at=now,
            imported_by_id=actor_id,
        )
        s.add(batch)
        s.flush()
        batch_id = batch.id or 0
        connection = s.connection()
        daily = [
            {
                "channel_id": target[account],
                "day": day,
                "metric": metric,
                "value": value,
                "batch_id": batch_id,
            }
            for (account, day, metric), value in parsed.daily.items()
        ]
        check()
        _upsert_daily(connection, daily)
        check()
        linked_posts = 0
        if parsed.posts:
            published: dict[int, dict[str, int]] = {}
            for channel_id in set(target.values()):
                published[channel_id] = {
                    _normal_url(url): target_id or 0
                    for target_id, url in s.exec(
                        select(PostTarget.id, PostTarget.published_url).where(
                            PostTarget.channel_id == channel_id, col(PostTarget.published_url) != ""
                        )
                    )
                }
            rows = []
            for post in parsed.posts:
                post_channel = target[post.account]
                urls = published.get(post_channel, {})
                target_id = urls.get(_normal_url(post.url)) if post.url else None
                if target_id is None and post.external_id:
                    target_id = next((t for u, t in urls.items() if post.external_id in u), None)
                linked_posts += target_id is not None
                for metric, value in post.metrics.items():
                    rows.append(
                        {
                            "channel_id": channel_id,
                            "external_id": post.external_id[:100],
                            "post_target_id": target_id,
                            "published_at": _aware(post.published_at),
                            "url": post.url[:500],
                            "metric": metric,
                            "value": value,
                            "batch_id": batch_id,
                        }
                    )
            _upsert_posts(connection, rows)
            check()
        if remember:
            for key, channel_id in target.items():
                if key and plan.linked.get(key) != channel_id:
                    platform = parsed.platform or info[channel_id].platform
                    existing = s.exec(
                        select(AccountLink).where(
                            AccountLink.platform == platform, AccountLink.account_key == key
                        )
                    ).first()
                    if existing is None:
                        s.add(
                            AccountLink(
                                platform=platform, account_key=key[:200], channel_id=channel_id or 0
                            )
                        )
                    else:
                        existing.channel_id = channel_id
        audit.record(
            s,
            "stats.import",
            entity="importbatch",
            entity_id=batch_id,
            actor_id=actor_id,
            file=plan.path.name,
            kind=parsed.kind,
            values=parsed.values,
        )
        check()  # the last point where cancelling rolls everything back
    return ImportResult(batch_id, parsed.values, linked_posts)


def _upsert(connection: Any, table: Any, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    # Each backend has its own INSERT … ON CONFLICT: the dialect picks the import.
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    statement = insert(table)
    updates = {c: statement.excluded[c] for c in rows[0] if c not in keys}
    statement = statement.on_conflict_do_update(index_elements=keys, set_=updates)
    for start in range(0, len(rows), 20_000):
        connection.execute(statement, rows[start : start + 20_000])


def _upsert_daily(connection: Any, rows: list[dict[str, Any]]) -> None:
    table = ChannelDailyMetric.__table__  # type: ignore[attr-defined]
    _upsert(connection, table, rows, ["channel_id", "day", "metric"])


def _upsert_posts(connection: Any, rows: list[dict[str, Any]]) -> None:
    table = PostMetric.__table__  # type: ignore[attr-defined]
    _upsert(connection, table, rows, ["channel_id", "external_id", "metric"])


def list_batches(engine: Engine, *, sha256: str | None = None) -> list[BatchRow]:
    query = (
        select(ImportBatch, Channel.display_name, Channel.handle)
        .outerjoin(Channel, col(Channel.id) == col(ImportBatch.channel_id))
        .order_by(col(ImportBatch.id).desc())
    )
    if sha256 is not None:
        query = query.where(ImportBatch.sha256 == sha256)
    with session_scope(engine) as s:
        return [
            BatchRow(
                id=b.id or 0,
                file_name=b.file_name,
                sha256=b.sha256,
                platform=b.platform,
                kind=b.kind,
                channel_id=b.channel_id,
                channel_name=name or handle or "",
                rows=b.rows,
                values=b.values,
                first_day=b.first_day,
                last_day=b.last_day,
                imported_at=as_utc(b.imported_at),
                undone_at=as_utc(b.undone_at),
            )
            for b, name, handle in s.exec(query)
        ]


def undo_batch(engine: Engine, batch_id: int, *, actor_id: int | None = None) -> int:
    """Remove the values the batch stored (values a later import replaced stay)."""

    with session_scope(engine) as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None:
            raise StatsError(QT_TRANSLATE_NOOP("Errors", "That import has already been undone."))
        removed = 0
        for table in (ChannelDailyMetric, PostMetric):
            result: Any = s.execute(delete(table).where(col(table.batch_id) == batch_id))
            removed += result.rowcount or 0
        batch.undone_at = datetime.now(UTC)
        audit.record(
            s,
            "stats.undo",
            entity="importbatch",
            entity_id=batch_id,
            actor_id=actor_id,
            removed=removed,
        )
        return removed
