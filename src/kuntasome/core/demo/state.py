"""Whether a database may take the demo town: an empty one, or one whose demo was interrupted
(a killed `demo`, a full disk), which is emptied of the demo and made again. A mark in the
settings says a demo is being written until it is whole; it holds the last audit entry from
before the demo, so what `init` and the migrations put there — the organisation's settings
and the database's identity, the removal reasons, the audit log's first entries — stays."""

from __future__ import annotations

from sqlalchemy import Engine, Table, delete, func, insert, select, update
from sqlmodel import SQLModel

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import AuditLog, Channel, Person, RemovalReason, Setting, Unit
from kuntasome.core.moderation.log import CHAIN_LOCK_KEY

#: Set while the demo is written; left behind when it is interrupted.
UNFINISHED_KEY = "demo.unfinished"


class DemoRefused(UserError):
    pass


def table_of(model: type[SQLModel]) -> Table:
    """A model's SQLAlchemy table (for Core statements: bulk inserts, counts)."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def demo_unfinished(engine: Engine) -> bool:
    """Whether the database holds a demo whose writing was interrupted."""
    table = table_of(Setting)
    with engine.connect() as conn:
        found = conn.execute(select(table.c.key).where(table.c.key == UNFINISHED_KEY)).first()
    return found is not None


# Tables the demo does not fill: their rows came from `init` and the migrations.
_NOT_THE_DEMOS = (Setting, RemovalReason, AuditLog)


def mark_unfinished(engine: Engine, unfinished: bool) -> None:
    table = table_of(Setting)
    audit = table_of(AuditLog)
    with engine.begin() as conn:
        if unfinished:
            last = conn.execute(select(func.max(audit.c.id))).scalar_one() or 0
            conn.execute(insert(table).values(key=UNFINISHED_KEY, value=str(last)))
        else:
            conn.execute(delete(table).where(table.c.key == UNFINISHED_KEY))


def _empty_the_interrupted_demo(engine: Engine) -> None:
    """Every row the demo wrote, in one transaction; the schema and what was there before
    it stay."""
    settings, audit = table_of(Setting), table_of(AuditLog)
    kept = {table_of(model) for model in _NOT_THE_DEMOS}
    with engine.begin() as conn:
        mark = conn.execute(select(settings.c.value).where(settings.c.key == UNFINISHED_KEY))
        value = mark.scalar_one()
        last_before = int(value) if value.isdigit() else 0  # "1": a mark of an older version
        for table in reversed(SQLModel.metadata.sorted_tables):
            if table not in kept:
                conn.execute(delete(table))
        conn.execute(delete(audit).where(audit.c.id > last_before))
        # The moderation chain is empty again: its head is the empty one.
        conn.execute(update(settings).where(settings.c.key == CHAIN_LOCK_KEY).values(value=""))
        conn.execute(delete(settings).where(settings.c.key == UNFINISHED_KEY))


def make_room(engine: Engine) -> None:
    """Refuse a database that holds a register; empty one that holds an interrupted demo."""
    if demo_unfinished(engine):
        _empty_the_interrupted_demo(engine)
    with engine.connect() as conn:
        existing = conn.execute(select(func.count()).select_from(table_of(Channel))).scalar_one()
        people = conn.execute(select(func.count()).select_from(table_of(Person))).scalar_one()
        units = conn.execute(select(func.count()).select_from(table_of(Unit))).scalar_one()
    if existing:
        raise DemoRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database already holds {count} channels. Demo data goes only into an empty"
                " database: use another data folder (--data-dir).",
            ),
            count=existing,
        )
    if people or units:  # settings alone (the welcome dialog's) are not a register yet
        raise DemoRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database already holds people or units. Demo data goes only into an empty"
                " database: use another data folder (--data-dir).",
            )
        )
