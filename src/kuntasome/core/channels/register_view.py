"""The channel register as its table shows it: one row per channel, filtered as the user types.

Everything the filters need is computed once when the register is loaded (off the GUI
thread), so filtering is a pass over plain tuples that stays well under a keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core.channels.access import RegisterWarning, register_warnings
from kuntasome.core.channels.requests import review_is_due as channel_review_is_due
from kuntasome.core.db import session_scope
from kuntasome.core.models import AccessGrant, Channel, Person, Unit
from kuntasome.core.organisation import load_organisation
from kuntasome.core.platforms import PLATFORMS

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class RegisterRow:
    id: int
    platform: str
    handle: str
    display_name: str
    url: str
    status: str
    unit_id: int | None
    unit: str
    manager: str
    languages: tuple[str, ...]
    next_review_on: date | None
    is_public: bool
    two_factor: bool
    admins: int
    warnings: tuple[RegisterWarning, ...]
    search_text: str = field(repr=False)

    @property
    def platform_name(self) -> str:
        return PLATFORMS[self.platform].name if self.platform in PLATFORMS else self.platform


@dataclass(frozen=True)
class RegisterFilter:
    """What the user has chosen above the table; empty values match everything."""

    text: str = ""
    platform: str = ""
    unit_id: int | None = None
    status: str = ""
    language: str = ""
    review_due: bool = False
    needs_attention: bool = False


def review_is_due(row: RegisterRow, today: date) -> bool:
    return channel_review_is_due(row.status, row.next_review_on, today)


def filter_rows(rows: list[RegisterRow], f: RegisterFilter, today: date) -> list[RegisterRow]:
    """The rows matching *f*; every word of the search text must appear in a row."""
    words = f.text.casefold().split()
    out = rows
    if f.platform:
        out = [r for r in out if r.platform == f.platform]
    if f.unit_id is not None:
        out = [r for r in out if r.unit_id == f.unit_id]
    if f.status:
        out = [r for r in out if r.status == f.status]
    if f.language:
        out = [r for r in out if f.language in r.languages]
    if f.needs_attention:
        out = [r for r in out if r.warnings]
    if f.review_due:
        out = [r for r in out if review_is_due(r, today)]
    for word in words:
        out = [r for r in out if word in r.search_text]
    return out


def load_register(engine: Engine, today: date) -> list[RegisterRow]:
    """Every channel with its unit, manager, people with access and warnings."""

    months = load_organisation(engine).access_verify_months
    warnings = register_warnings(engine, today=today, verify_months=months)
    with session_scope(engine) as s:
        units = {u.id: u.name for u in s.exec(select(Unit))}
        people = {p.id: p.name for p in s.exec(select(Person))}
        holders: dict[int, list[str]] = {}
        admins: dict[int, int] = {}
        grants = s.exec(
            select(AccessGrant.channel_id, AccessGrant.person_id, AccessGrant.role).where(
                col(AccessGrant.revoked_on).is_(None)
            )
        ).all()
        for channel_id, person_id, role in grants:
            holders.setdefault(channel_id, []).append(people.get(person_id, ""))
            if role == "admin":
                admins[channel_id] = admins.get(channel_id, 0) + 1
        channels = s.exec(
            select(Channel).order_by(col(Channel.platform), col(Channel.handle))
        ).all()
        rows = []
        for c in channels:
            cid = c.id or 0
            unit = units.get(c.unit_id, "") if c.unit_id else ""
            manager = people.get(c.manager_id, "") if c.manager_id else ""
            platform_name = PLATFORMS[c.platform].name if c.platform in PLATFORMS else c.platform
            search = " ".join(
                (
                    c.display_name,
                    c.handle,
                    c.url,
                    platform_name,
                    unit,
                    manager,
                    c.account_id,
                    " ".join(holders.get(cid, ())),
                )
            ).casefold()
            rows.append(
                RegisterRow(
                    id=cid,
                    platform=c.platform,
                    handle=c.handle,
                    display_name=c.display_name,
                    url=c.url,
                    status=c.status,
                    unit_id=c.unit_id,
                    unit=unit,
                    manager=manager,
                    languages=tuple(x for x in c.languages.split(",") if x),
                    next_review_on=c.next_review_on,
                    is_public=c.is_public,
                    two_factor=bool(c.two_factor_method),
                    admins=admins.get(cid, 0),
                    warnings=tuple(warnings.get(cid, ())),
                    search_text=search,
                )
            )
        return rows
