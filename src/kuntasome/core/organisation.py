"""Organisation-wide settings the team shares: name, country, content languages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy import Engine


class OrganisationError(UserError):
    pass


# SQLAlchemy is imported inside the functions: the GUI shows its window before it loads.

COUNTRIES = ("FI", "SE")
TIME_ZONES = {"FI": "Europe/Helsinki", "SE": "Europe/Stockholm"}


@dataclass(frozen=True)
class OrganisationSettings:
    name: str = ""
    country: str = "FI"
    content_languages: tuple[str, ...] = ("fi", "sv")
    # Admin access not verified for this many months raises a warning in the register.
    access_verify_months: int = 3
    # An IANA name; empty: the country's (Europe/Helsinki, Europe/Stockholm).
    time_zone_name: str = ""

    @property
    def time_zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone_name or TIME_ZONES.get(self.country, "Europe/Helsinki"))


def load_organisation(engine: Engine) -> OrganisationSettings:
    from sqlmodel import select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    with session_scope(engine) as session:
        values = {s.key: s.value for s in session.exec(select(Setting))}
    country = values.get("country", "FI")
    languages = tuple(x for x in values.get("content_languages", "fi,sv").split(",") if x)
    try:
        verify_months = min(24, max(1, int(values.get("access_verify_months", "3"))))
    except ValueError:
        verify_months = 3
    return OrganisationSettings(
        name=values.get("organisation_name", ""),
        country=country if country in COUNTRIES else "FI",
        content_languages=languages or ("fi",),
        access_verify_months=verify_months,
        time_zone_name=_known_zone(values.get("time_zone", "")),
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


def save_organisation(engine: Engine, settings: OrganisationSettings) -> None:
    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    if settings.country not in COUNTRIES:
        raise ValueError(settings.country)
    if not 1 <= settings.access_verify_months <= 24:
        raise ValueError(settings.access_verify_months)
    _refuse_unknown_zone(settings)
    values = {
        "organisation_name": settings.name.strip(),
        "country": settings.country,
        "content_languages": ",".join(settings.content_languages),
        "access_verify_months": str(settings.access_verify_months),
        "time_zone": settings.time_zone_name,
    }
    with session_scope(engine) as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def database_id(engine: Engine) -> str:
    """A random id made once per database: keyring entries and calendar UIDs carry it, so
    two databases on one laptop never mix their secrets or events."""
    import uuid

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
        database_id(engine)
        return load_organisation(engine)
    finally:
        engine.dispose()
