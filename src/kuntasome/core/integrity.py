"""``kuntasome check``: database integrity and migration state, as structured findings."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import inspect
from sqlmodel import SQLModel

from kuntasome.core.database import DatabaseInfo, DbState, inspect_database
from kuntasome.core.db import make_engine
from kuntasome.core.errors import DatabaseError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Message, Translatable
from kuntasome.core.schema import HEAD

Level = Literal["ok", "warning", "error"]


@dataclass(frozen=True)
class Finding(Translatable):
    level: Level
    text: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = "Check"

    @property
    def message(self) -> Message:
        return Message(self.context, self.text, self.params)


@dataclass
class CheckReport:
    database: str
    revision: str | None
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return all(f.level != "error" for f in self.findings)


def _expected_tables() -> set[str]:
    import kuntasome.core.models  # noqa: F401

    return set(SQLModel.metadata.tables)


def _sqlite_findings(info: DatabaseInfo, full: bool) -> Iterator[Finding]:
    assert info.path is not None
    con = sqlite3.connect(info.path, timeout=5)
    try:
        pragma = "integrity_check" if full else "quick_check"
        problems = [r[0] for r in con.execute(f"PRAGMA {pragma}(20)")]
        if problems != ["ok"]:
            yield Finding(
                "error",
                QT_TRANSLATE_NOOP("Check", "The database file is damaged: {detail}"),
                {"detail": "; ".join(problems[:5])},
            )
        else:
            yield Finding("ok", QT_TRANSLATE_NOOP("Check", "The database file is intact."))
        broken = con.execute("PRAGMA foreign_key_check").fetchmany(20)
        if broken:
            yield Finding(
                "error",
                QT_TRANSLATE_NOOP("Check", "Broken references between records in: {tables}"),
                {"tables": ", ".join(sorted({str(r[0]) for r in broken}))},
            )
        else:
            yield Finding("ok", QT_TRANSLATE_NOOP("Check", "All references between records hold."))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        yield Finding(
            "error",
            QT_TRANSLATE_NOOP("Check", "The database file is damaged: {detail}"),
            {"detail": str(exc)},
        )
        return
    finally:
        con.close()
    yield from _table_findings(tables)
    if mode.lower() != "wal":
        yield Finding(
            "warning",
            QT_TRANSLATE_NOOP("Check", "The database is not in WAL mode (it is {mode})."),
            {"mode": mode},
        )


def _server_findings(info: DatabaseInfo) -> Iterator[Finding]:
    engine = make_engine(info.url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    yield Finding("ok", QT_TRANSLATE_NOOP("Check", "The database server answers."))
    yield from _table_findings(tables)


def _table_findings(tables: set[str]) -> Iterator[Finding]:
    missing = _expected_tables() - tables
    if missing:
        yield Finding(
            "error",
            QT_TRANSLATE_NOOP("Check", "Tables are missing: {tables}"),
            {"tables": ", ".join(sorted(missing))},
        )


def check_database(url: str, *, full: bool = False) -> CheckReport:
    """Check the database at *url*. Never changes it."""
    try:
        info = inspect_database(url)
    except DatabaseError as exc:
        name = url
        return CheckReport(name, None, [Finding("error", exc.text, dict(exc.params), exc.context)])
    findings: list[Finding] = []
    if info.state is DbState.MISSING:
        findings.append(
            Finding(
                "error",
                QT_TRANSLATE_NOOP("Errors", "The database file {path} does not exist."),
                {"path": str(info.path)},
                "Errors",
            )
        )
        return CheckReport(info.display_name, None, findings)
    if info.state is DbState.EMPTY:
        findings.append(
            Finding("error", QT_TRANSLATE_NOOP("Check", "The database is empty: it has no tables."))
        )
        return CheckReport(info.display_name, None, findings)
    if info.state is DbState.OUTDATED:
        findings.append(
            Finding(
                "warning",
                QT_TRANSLATE_NOOP(
                    "Check",
                    "The database schema is {revision}; this version uses {head}."
                    " It is updated (after a backup) the next time KuntaSome starts.",
                ),
                {"revision": info.revision, "head": HEAD},
            )
        )
    else:
        findings.append(
            Finding(
                "ok",
                QT_TRANSLATE_NOOP("Check", "The database schema is up to date ({revision})."),
                {"revision": info.revision},
            )
        )
    if info.path is not None:
        findings.extend(_sqlite_findings(info, full))
    else:
        findings.extend(_server_findings(info))
    findings.extend(_demo_findings(url))
    return CheckReport(info.display_name, info.revision, findings)


def _demo_findings(url: str) -> Iterator[Finding]:
    from sqlalchemy.exc import SQLAlchemyError

    from kuntasome.core.db import make_engine
    from kuntasome.core.demo.state import demo_unfinished

    engine = make_engine(url)
    try:
        unfinished = demo_unfinished(engine)
    except SQLAlchemyError:  # a damaged database: its own findings say so
        return
    finally:
        engine.dispose()
    if unfinished:
        yield Finding(
            "error",
            QT_TRANSLATE_NOOP(
                "Check",
                "The demo data was interrupted while it was being written: the database"
                " holds only part of it. Run 'kuntasome demo' again to make it whole.",
            ),
        )
