"""People, their access to channels, the warnings the register raises, and offboarding."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.channels.register import LIVE_STATUSES
from kuntasome.core.db import session_scope
from kuntasome.core.errors import Translate, UserError
from kuntasome.core.excel_csv import excel_csv
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Message, Translatable
from kuntasome.core.models import AccessGrant, Channel, Person
from kuntasome.core.people import has_left

if TYPE_CHECKING:
    from sqlalchemy import Engine


ACCESS_ROLES = ("admin", "editor", "moderator", "analyst")
# Access roles as people read them (translated in the "AccessRole" context).
ACCESS_ROLE_LABELS = {
    "admin": QT_TRANSLATE_NOOP("AccessRole", "admin"),
    "editor": QT_TRANSLATE_NOOP("AccessRole", "editor"),
    "moderator": QT_TRANSLATE_NOOP("AccessRole", "moderator"),
    "analyst": QT_TRANSLATE_NOOP("AccessRole", "analyst"),
}
VERIFY_MONTHS = 3


class AccessError(UserError):
    pass


@dataclass(frozen=True)
class RegisterWarning(Translatable):
    """Something in the register a communicator should act on."""

    channel_id: int
    code: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        labels = {"role": "AccessRole"} if "role" in self.params else {}
        return Message("Warnings", self.text, self.params, labels)


WARNING_TEXTS = {
    "few_admins": QT_TRANSLATE_NOOP(
        "Warnings", "Fewer than two people have admin access ({count})."
    ),
    "unverified_admin": QT_TRANSLATE_NOOP(
        "Warnings", "{person}'s admin access has not been verified for {months} months."
    ),
    "left_holds_access": QT_TRANSLATE_NOOP(
        "Warnings", "{person} has left but still has {role} access."
    ),
    "no_manager": QT_TRANSLATE_NOOP("Warnings", "No responsible manager."),
    "no_2fa": QT_TRANSLATE_NOOP("Warnings", "Two-factor authentication is not in use."),
}


def register_warnings(
    engine: Engine, *, today: date | None = None, verify_months: int = VERIFY_MONTHS
) -> dict[int, list[RegisterWarning]]:
    """Warnings per channel, for every channel that is not closed."""

    today = today or date.today()
    stale_before = today - timedelta(days=round(verify_months * 30.44))
    with session_scope(engine) as s:
        channels = s.exec(select(Channel).where(col(Channel.status).in_(LIVE_STATUSES))).all()
        grants = s.exec(select(AccessGrant).where(col(AccessGrant.revoked_on).is_(None))).all()
        people = {p.id: p for p in s.exec(select(Person))}
    by_channel: dict[int, list[AccessGrant]] = {}
    for g in grants:
        by_channel.setdefault(g.channel_id, []).append(g)
    result: dict[int, list[RegisterWarning]] = {}

    def warn(channel_id: int, code: str, **params: object) -> None:
        result.setdefault(channel_id, []).append(
            RegisterWarning(channel_id, code, WARNING_TEXTS[code], params)
        )

    for ch in channels:
        assert ch.id is not None
        mine = by_channel.get(ch.id, [])
        admins = [
            g for g in mine if g.role == "admin" and not _has_left(people.get(g.person_id), today)
        ]
        if len(admins) < 2:
            warn(ch.id, "few_admins", count=len(admins))
        for g in admins:
            if g.last_verified_on is None or g.last_verified_on < stale_before:
                warn(
                    ch.id, "unverified_admin", person=people[g.person_id].name, months=verify_months
                )
        for g in mine:
            if _has_left(people.get(g.person_id), today):
                warn(ch.id, "left_holds_access", person=people[g.person_id].name, role=g.role)
        if ch.manager_id is None or _has_left(people.get(ch.manager_id), today):
            warn(ch.id, "no_manager")
        if not ch.two_factor_method:
            warn(ch.id, "no_2fa")
    return result


def _has_left(person: Person | None, today: date) -> bool:
    return person is not None and has_left(person.left_on, today)


@dataclass(frozen=True)
class OffboardItem:
    grant_id: int
    channel_id: int
    platform: str
    handle: str
    role: str
    granted_on: date
    done: bool


@dataclass(frozen=True)
class Offboarding:
    person_id: int
    name: str
    left_on: date | None
    items: list[OffboardItem]
    manager_of: list[str]
    """Channels this person is the responsible manager of: give them a new manager."""


def _no_person(ref: object) -> AccessError:
    return AccessError(QT_TRANSLATE_NOOP("Errors", "No person {ref} in the register."), ref=ref)


OFFBOARDING_HEADERS = (
    QT_TRANSLATE_NOOP("Offboarding", "Channel"),
    QT_TRANSLATE_NOOP("Offboarding", "Access"),
    QT_TRANSLATE_NOOP("Offboarding", "Granted on"),
    QT_TRANSLATE_NOOP("Offboarding", "Revoked"),
)
YES, NO = QT_TRANSLATE_NOOP("Offboarding", "yes"), QT_TRANSLATE_NOOP("Offboarding", "no")
MANAGER = QT_TRANSLATE_NOOP("Offboarding", "responsible manager")


def offboarding_csv(checklist: Offboarding, *, translate: Translate) -> bytes:
    """The checklist as Nordic Excel opens it, to hand on or file."""

    yes, no = translate("Offboarding", YES), translate("Offboarding", NO)
    return excel_csv(
        [
            [translate("Offboarding", h) for h in OFFBOARDING_HEADERS],
            *(
                [
                    f"{item.platform}:{item.handle}",
                    translate("AccessRole", ACCESS_ROLE_LABELS.get(item.role, item.role)),
                    item.granted_on.isoformat(),
                    yes if item.done else no,
                ]
                for item in checklist.items
            ),
            *(
                [channel, translate("Offboarding", MANAGER), "", no]
                for channel in checklist.manager_of
            ),
        ]
    )


def offboarding(engine: Engine, person_id: int) -> Offboarding:
    """Every access and responsibility a leaving person holds; revoked ones are ticked."""

    with session_scope(engine) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise _no_person(person_id)
        rows = s.exec(
            select(AccessGrant, Channel)
            .join(Channel, col(Channel.id) == AccessGrant.channel_id)
            .where(AccessGrant.person_id == person_id)
            .order_by(col(Channel.platform), col(Channel.handle))
        ).all()
        managed = s.exec(
            select(Channel).where(
                Channel.manager_id == person_id, col(Channel.status).in_(LIVE_STATUSES)
            )
        ).all()
        return Offboarding(
            person_id=person_id,
            name=person.name,
            left_on=person.left_on or person.leaving_on,
            items=[
                OffboardItem(
                    g.id or 0,
                    ch.id or 0,
                    ch.platform,
                    ch.handle,
                    g.role,
                    g.granted_on,
                    g.revoked_on is not None,
                )
                for g, ch in rows
            ],
            manager_of=[f"{ch.platform}:{ch.handle}" for ch in managed],
        )


def revoke_access(
    engine: Engine, grant_id: int, *, on: date | None = None, actor_id: int | None = None
) -> None:
    """Tick an offboarding item: the access was removed on the platform on *on*."""

    with session_scope(engine) as s:
        grant = s.get(AccessGrant, grant_id)
        if grant is None:
            raise AccessError(QT_TRANSLATE_NOOP("Errors", "No such access in the register."))
        grant.revoked_on = on or date.today()
        audit.record(
            s,
            "access.revoke",
            entity="accessgrant",
            entity_id=grant_id,
            actor_id=actor_id,
            channel_id=grant.channel_id,
            person_id=grant.person_id,
        )


def mark_leaving(
    engine: Engine, person_id: int, left_on: date, *, actor_id: int | None = None
) -> Offboarding:
    """Record that a person leaves on *left_on*, and return their offboarding checklist."""

    with session_scope(engine) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise _no_person(person_id)
        person.left_on = left_on
        audit.record(
            s,
            "person.leaving",
            entity="person",
            entity_id=person_id,
            actor_id=actor_id,
            left_on=left_on,
        )
    return offboarding(engine, person_id)


@dataclass(frozen=True)
class GrantRow:
    """One person's access to one channel, as the channel editor lists it."""

    id: int
    person_id: int
    person: str
    role: str
    granted_on: date
    last_verified_on: date | None
    revoked_on: date | None
    person_left_on: date | None

    @property
    def active(self) -> bool:
        return self.revoked_on is None


def list_grants(engine: Engine, channel_id: int) -> list[GrantRow]:
    """Everyone who has or had access to a channel: current access first, by role and name."""

    with session_scope(engine) as s:
        rows = s.exec(
            select(AccessGrant, Person)
            .join(Person, col(Person.id) == AccessGrant.person_id)
            .where(AccessGrant.channel_id == channel_id)
        ).all()
        grants = [
            GrantRow(
                g.id or 0,
                g.person_id,
                p.name,
                g.role,
                g.granted_on,
                g.last_verified_on,
                g.revoked_on,
                p.left_on,
            )
            for g, p in rows
        ]
    return sorted(
        grants, key=lambda g: (not g.active, ACCESS_ROLES.index(g.role), g.person.casefold())
    )


def grant_access(
    engine: Engine,
    channel_id: int,
    person_id: int,
    role: str,
    *,
    on: date,
    actor_id: int | None = None,
) -> int:
    """Record that *person_id* was given *role* on the channel on *on* (verified that day)."""

    if role not in ACCESS_ROLES:
        raise ValueError(role)
    with session_scope(engine) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise _no_person(person_id)
        if _has_left(person, on):
            raise AccessError(
                QT_TRANSLATE_NOOP("Errors", "{person} has left: access cannot be granted."),
                person=person.name,
            )
        existing = s.exec(
            select(AccessGrant).where(
                AccessGrant.channel_id == channel_id,
                AccessGrant.person_id == person_id,
                col(AccessGrant.revoked_on).is_(None),
            )
        ).first()
        if existing is not None:
            raise AccessError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{person} already has {role} access to this channel: revoke it first to"
                    " change the role.",
                ),
                translate_params={"role": "AccessRole"},
                person=person.name,
                role=existing.role,
            )
        grant = AccessGrant(
            channel_id=channel_id,
            person_id=person_id,
            role=role,
            granted_on=on,
            last_verified_on=on,
        )
        s.add(grant)
        s.flush()
        assert grant.id is not None
        audit.record(
            s,
            "access.grant",
            entity="accessgrant",
            entity_id=grant.id,
            actor_id=actor_id,
            channel_id=channel_id,
            person_id=person_id,
            role=role,
        )
        return grant.id


def verify_access(engine: Engine, grant_id: int, *, on: date, actor_id: int | None = None) -> None:
    """Record that someone checked on the platform, on *on*, that this access is still right."""

    with session_scope(engine) as s:
        grant = s.get(AccessGrant, grant_id)
        if grant is None or grant.revoked_on is not None:
            raise AccessError(QT_TRANSLATE_NOOP("Errors", "No such access in the register."))
        grant.last_verified_on = on
        audit.record(
            s,
            "access.verify",
            entity="accessgrant",
            entity_id=grant_id,
            actor_id=actor_id,
            channel_id=grant.channel_id,
        )
