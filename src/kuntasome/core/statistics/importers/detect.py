"""Which kind of export a file is, by its content: each platform's reader looks at the
headers (and title lines, sheets, JSON keys) and says whether it knows the file."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.statistics.importers import archives, linkedin, meta, tiktok, x_twitter, youtube
from kuntasome.core.statistics.importers.cells import norm_header
from kuntasome.core.statistics.importers.parsed import Parsed
from kuntasome.core.statistics.importers.tables import Document, Table, read_document


class UnknownFile(UserError):
    """No reader knows the file; for a table, the columns can be mapped by hand."""

    def __init__(self, name: str, table: Table | None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not an export KuntaSome recognises. Expected a file exported from"
                " Meta Business Suite (Facebook, Instagram), Facebook Insights, X, LinkedIn,"
                " YouTube Studio or TikTok Studio, or a Mastodon or Bluesky archive. A table"
                " with a date column can be imported by mapping its columns in the Statistics"
                " section.",
            ),
            name=name,
        )
        self.table = table


def shape_signature(header: list[object]) -> str:
    """The same columns in the same order: the same shape, whatever the file is called."""
    text = "\x1f".join(norm_header(h) for h in header)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _table(table: Table, today: date) -> Parsed | None:
    for reader in (
        meta.read_audience,
        meta.read_daily,
        meta.read_posts,
        meta.read_insights,
        x_twitter.read,
        youtube.read,
    ):
        parsed = reader(table)
        if parsed is not None:
            return parsed
    return tiktok.read(table, today)


def recognise(document: Document, today: date) -> Parsed | None:
    if document.json is not None:
        return archives.read_json(document.json)
    if document.car is not None:
        return archives.read_car(document.car)
    parsed = linkedin.read(document.tables)
    if parsed is not None:
        return parsed
    for table in document.tables:
        parsed = _table(table, today)
        if parsed is not None:
            return parsed
    return None


def first_table(document: Document) -> Table | None:
    """The table a column mapping applies to: the first one with rows."""
    return next((t for t in document.tables if t.rows), None)


def inspect_file(path: Path, today: date) -> Parsed:
    """What *path* holds; raises :class:`UnknownFile` (with its first table, for mapping)."""
    document = read_document(path)
    parsed = recognise(document, today)
    if parsed is None:
        raise UnknownFile(path.name, first_table(document))
    return parsed
