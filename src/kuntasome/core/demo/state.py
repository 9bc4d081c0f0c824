"""Whether a database may take the demo town: an empty one, or one whose demo was interrupted
(a killed `demo`, a full disk), which is emptied and made again — nothing but the demo was
ever in it. A mark in the settings says a demo is being written until it is whole."""

from __future__ import annotations

from sqlalchemy import Engine, Table, delete, func, insert, select
from sqlmodel import SQLModel

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Person, Setting, Unit

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


def mark_unfinished(engine: Engine, unfinished: bool) -> None:
    table = table_of(Setting)
    with engine.begin() as conn:
        if unfinished:
            conn.execute(insert(table).values(key=UNFINISHED_KEY, value="1"))
        else:
            conn.execute(delete(table).where(table.c.key == UNFINISHED_KEY))


def make_room(engine: Engine) -> None:
    """Refuse a database that holds a register; empty one that holds an interrupted demo."""
    if demo_unfinished(engine):
        with engine.begin() as conn:  # every row, in one transaction; the schema stays
            for table in reversed(SQLModel.metadata.sorted_tables):
                conn.execute(delete(table))
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
