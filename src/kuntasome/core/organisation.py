"""Organisation-wide settings the team shares: name, country, content languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from sqlalchemy import Engine

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

    @property
    def time_zone(self) -> ZoneInfo:
        return ZoneInfo(TIME_ZONES.get(self.country, "Europe/Helsinki"))


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
    )


def save_organisation(engine: Engine, settings: OrganisationSettings) -> None:
    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    if settings.country not in COUNTRIES:
        raise ValueError(settings.country)
    if not 1 <= settings.access_verify_months <= 24:
        raise ValueError(settings.access_verify_months)
    values = {
        "organisation_name": settings.name.strip(),
        "country": settings.country,
        "content_languages": ",".join(settings.content_languages),
        "access_verify_months": str(settings.access_verify_months),
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
