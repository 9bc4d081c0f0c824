"""Alembic environment: the same scripts run on SQLite (batch mode) and PostgreSQL."""

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import kuntasome.core.models  # noqa: F401  (registers every table on the metadata)
from kuntasome.core.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata, render_as_batch=True, compare_type=True, **kwargs
    )


def run_migrations_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    # transactional_ddl: on SQLite too, thanks to the BEGIN emitted by kuntasome.core.db,
    # so a failed migration rolls back to the previous schema.
    _configure(connection=connection, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
