"""Organisation-wide settings the team shares: name, country, content languages."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.settings import load_shared, save_shared, shared

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported inside the functions: the window imports this module before its
# first paint, which must not wait for the ORM (tests/ui/test_startup.py guards the boundary).


class OrganisationError(UserError):
    pass


# SQLAlchemy is imported inside the functions: the GUI shows its window before it loads.

COUNTRIES = ("FI", "SE")
TIME_ZONES = {"FI": "Europe/Helsinki", "SE": "Europe/Stockholm"}


@dataclass(frozen=True)
class OrganisationSettings:
    name: str = shared("organisation_name", "", QT_TRANSLATE_NOOP("Settings", "Organisation"))
    country: str = shared("country", "FI", QT_TRANSLATE_NOOP("Settings", "Country"))
    content_languages: tuple[str, ...] = shared(
        "content_languages", ("fi", "sv"), QT_TRANSLATE_NOOP("Settings", "Languages of content")
    )
    # Admin access not verified for this many months raises a warning in the register.
    access_verify_months: int = shared(
        "access_verify_months", 3, QT_TRANSLATE_NOOP("Settings", "Verify admin access every")
    )
    # An IANA name; empty: the country's (Europe/Helsinki, Europe/Stockholm).
    time_zone_name: str = shared("time_zone", "", QT_TRANSLATE_NOOP("Settings", "Time zone"))

    @property
    def time_zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone_name or TIME_ZONES.get(self.country, "Europe/Helsinki"))


def load_organisation(engine: Engine) -> OrganisationSettings:
    stored = load_shared(engine, OrganisationSettings)
    return replace(
        stored,
        country=stored.country if stored.country in COUNTRIES else "FI",
        content_languages=stored.content_languages or ("fi",),
        access_verify_months=min(24, max(1, stored.access_verify_months)),
        time_zone_name=_known_zone(stored.time_zone_name),
    )


def _refuse_unknown_zone(settings: OrganisationSettings) -> None:
    if settings.time_zone_name and not _known_zone(settings.time_zone_name):
        raise OrganisationError(
            QT_TRANSLATE_NOOP("Errors", "{zone} is not a time zone this computer knows."),
            zone=settings.time_zone_name,
        )


def _known_zone(name: str) -> str:
    """*name* if it is a time zone this machine knows, else "" (the country's)."""
    if not name:
        return ""
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return ""
    return name


def save_organisation(
    engine: Engine, settings: OrganisationSettings, *, actor_id: int | None = None
) -> OrganisationSettings:
    """Store the organisation's settings (the Settings window, ``init``); what was stored."""
    if settings.country not in COUNTRIES:
        raise ValueError(settings.country)
    if not 1 <= settings.access_verify_months <= 24:
        raise ValueError(settings.access_verify_months)
    _refuse_unknown_zone(settings)
    cleaned = replace(settings, name=settings.name.strip())
    save_shared(engine, cleaned, action="organisation.settings", actor_id=actor_id)
    return cleaned


def database_id(engine: Engine) -> str:
    """A random id made once per database: keyring entries and calendar UIDs carry it, so
    two databases on one laptop never mix their secrets or events."""
    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    with session_scope(engine) as session:
        row = session.get(Setting, "database_id")
        if row is None:
            row = Setting(key="database_id", value=uuid.uuid4().hex)
            session.add(row)
        return row.value


def create_register(
    url: str, settings: OrganisationSettings, *, backup_dir: Path | None = None
) -> OrganisationSettings:
    """``kuntasome init``: a new, empty register for *settings*' organisation.

    Refuses a database that already exists (a file, or a server database with tables), so
    an init can never overwrite a register; on a refusal nothing is created.
    """
    from kuntasome.core.database import DbState, inspect_database, prepare_database
    from kuntasome.core.db import make_engine

    if not settings.name.strip():
        raise OrganisationError(QT_TRANSLATE_NOOP("Errors", "Write the organisation's name."))
    if settings.country not in COUNTRIES:
        raise OrganisationError(
            QT_TRANSLATE_NOOP("Errors", "The country must be FI or SE, not {country}."),
            country=settings.country,
        )
    _refuse_unknown_zone(settings)
    info = inspect_database(url)
    if info.state is not DbState.MISSING and info.state is not DbState.EMPTY:
        raise OrganisationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A register already exists in {database}; init creates only new ones."
            ),
            database=info.display_name,
        )
    prepare_database(url, create=True, backup_dir=backup_dir, info=info)
    engine = make_engine(url)
    try:
        save_organisation(engine, settings)
        return load_organisation(engine)
    finally:
        engine.dispose()
