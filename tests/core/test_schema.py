"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

import kuntasome.core.models  # noqa: F401
from kuntasome.core.migrate import script_revisions
from kuntasome.core.schema import HEAD, REVISIONS


def test_known_revisions_match_the_migration_scripts() -> None:
    # Start-up decides "current or not" from schema.REVISIONS without Alembic.
    assert list(REVISIONS) == script_revisions()
    assert script_revisions()[-1] == HEAD


def test_migrated_database_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
        tables = set(inspect(conn).get_table_names())
    assert differences == []
    assert set(SQLModel.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_whole_domain_has_tables() -> None:
    expected = {
        "unit",
        "person",
        "personrole",
        "channel",
        "accessgrant",
        "channelrequest",
        "channelreview",
        "secretrecord",
        "campaign",
        "post",
        "posttext",
        "posttarget",
        "media",
        "mediaalttext",
        "postmedia",
        "crisisperiod",
        "moderationentry",
        "evidence",
        "removalreason",
        "blockeduser",
        "monitoringcheckin",
        "importbatch",
        "accountlink",
        "channeldailymetric",
        "postmetric",
        "columnmapping",
        "archiverun",
        "reportrun",
        "recordsplancode",
        "disposallog",
        "auditlog",
        "setting",
    }
    assert expected <= set(SQLModel.metadata.tables)


def test_secret_values_have_no_column() -> None:
    # The register stores only that a secret exists; the keyring holds the value.
    columns = {c.name for c in SQLModel.metadata.tables["secretrecord"].columns}
    assert not columns & {"value", "secret", "password", "token"}
