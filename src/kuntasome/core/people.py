"""The people register and the organisation's units, as the Channels section edits them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from kuntasome.core import audit
from kuntasome.core.errors import StaleRecord, UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

# SQLAlchemy is imported inside the functions: the window imports this module before its
# first paint, which must not wait for the ORM (tests/ui/test_startup.py guards the boundary).

ROLES = ("communicator", "moderator", "approver", "manager")
# Work roles as people read them (translated in the "PersonRole" context).
ROLE_LABELS = {
    "communicator": QT_TRANSLATE_NOOP("PersonRole", "communicator"),
    "moderator": QT_TRANSLATE_NOOP("PersonRole", "moderator"),
    "approver": QT_TRANSLATE_NOOP("PersonRole", "approver"),
    "manager": QT_TRANSLATE_NOOP("PersonRole", "manager"),
}


class PeopleError(UserError):
    pass


def has_left(left_on: date | None, today: date) -> bool:
    """Whether someone whose last day is *left_on* has left by *today*."""
    return left_on is not None and left_on <= today


def holds_role(session: Session, person_id: int | None, role: str) -> bool:
    """Whether *person_id* holds *role* and has not left."""
    from kuntasome.core.models import Person, PersonRole

    if person_id is None:
        return False
    person = session.get(Person, person_id)
    return (
        person is not None
        and person.left_on is None
        and session.get(PersonRole, (person_id, role)) is not None
    )


def has_role(engine: Engine, person_id: int | None, role: str) -> bool:
    """Whether *person_id* holds *role* and has not left (e.g. may approve posts)."""
    from kuntasome.core.db import session_scope

    with session_scope(engine) as s:
        return holds_role(s, person_id, role)


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str


@dataclass(frozen=True)
class PersonDetails:
    """A person as the people register shows and edits them. ``id`` 0 is a new person."""

    id: int = 0
    name: str = ""
    title: str = ""
    unit_id: int | None = None
    email: str = ""
    phone: str = ""
    signature: str = ""
    roles: tuple[str, ...] = ()
    left_on: date | None = None
    version_id: int = 0
    unit: str = ""
    access_count: int = field(default=0, compare=False)

    def has_left(self, today: date) -> bool:
        return has_left(self.left_on, today)


def list_units(engine: Engine) -> list[UnitRow]:
    from sqlmodel import col, select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Unit

    with session_scope(engine) as s:
        return [
            UnitRow(u.id or 0, u.name)
            for u in s.exec(select(Unit).where(col(Unit.active)).order_by(col(Unit.name)))
        ]


def list_people(engine: Engine) -> list[PersonDetails]:
    """Everyone in the register, present and past, by name."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import AccessGrant, Person, PersonRole, Unit

    with session_scope(engine) as s:
        units = {u.id: u.name for u in s.exec(select(Unit))}
        roles: dict[int, list[str]] = {}
        for r in s.exec(select(PersonRole)):
            roles.setdefault(r.person_id, []).append(r.role)
        counts = dict(
            s.exec(
                select(AccessGrant.person_id, func.count())
                .where(col(AccessGrant.revoked_on).is_(None))
                .group_by(col(AccessGrant.person_id))
            ).all()
        )
        return [
            PersonDetails(
                id=p.id or 0,
                name=p.name,
                title=p.title,
                unit_id=p.unit_id,
                email=p.email,
                phone=p.phone,
                signature=p.signature,
                roles=tuple(r for r in ROLES if r in roles.get(p.id or 0, ())),
                left_on=p.left_on,
                version_id=p.version_id,
                unit=units.get(p.unit_id, "") if p.unit_id else "",
                access_count=counts.get(p.id or 0, 0),
            )
            for p in s.exec(select(Person).order_by(col(Person.name)))
        ]


def save_person(
    engine: Engine,
    person: PersonDetails,
    *,
    actor_id: int | None = None,
    unit_name: str | None = None,
) -> PersonDetails:
    """Create (id 0) or update a person and their roles; a stale copy is refused.

    With *unit_name* the person is placed in the unit of that name, created if new ("" for
    no unit); without it ``person.unit_id`` is kept.
    """
    from sqlmodel import select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Person, PersonRole, utcnow

    name = " ".join(person.name.split())
    if not name:
        raise PeopleError(QT_TRANSLATE_NOOP("Errors", "Write the person's name."))
    email = person.email.strip()
    if email and ("@" not in email or " " in email):
        raise PeopleError(
            QT_TRANSLATE_NOOP("Errors", "{email} is not an e-mail address."), email=email
        )
    unknown = set(person.roles) - set(ROLES)
    if unknown:
        raise ValueError(unknown)
    if unit_name is not None:
        unit = unit_name.strip()
        person = replace(
            person, unit_id=ensure_unit(engine, unit, actor_id=actor_id) if unit else None
        )
    with session_scope(engine) as s:
        if person.id:
            row = s.get(Person, person.id)
            if row is None:
                raise PeopleError(
                    QT_TRANSLATE_NOOP("Errors", "No person {ref} in the register."), ref=person.id
                )
            if row.version_id != person.version_id:
                raise StaleRecord()
        else:
            row = Person(name=name)
            s.add(row)
        row.name = name
        row.title = person.title.strip()
        row.unit_id = person.unit_id
        row.email = email
        row.phone = person.phone.strip()
        row.signature = person.signature.strip()
        was_left = row.left_on
        row.left_on = person.left_on
        row.updated_at = utcnow()
        s.flush()
        assert row.id is not None
        have = {r.role: r for r in s.exec(select(PersonRole).where(PersonRole.person_id == row.id))}
        for role in set(have) - set(person.roles):
            s.delete(have[role])
        for role in set(person.roles) - set(have):
            s.add(PersonRole(person_id=row.id, role=role))
        audit.record(
            s,
            "person.update" if person.id else "person.create",
            entity="person",
            entity_id=row.id,
            actor_id=actor_id,
            roles=",".join(sorted(person.roles)),
            **({"left_on": person.left_on} if person.left_on != was_left else {}),
        )
        s.flush()
        return replace(person, id=row.id, name=name, email=email, version_id=row.version_id)


def ensure_unit(engine: Engine, name: str, *, actor_id: int | None = None) -> int:
    """The id of the unit called *name*, created if it does not exist yet."""
    from sqlmodel import select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Unit

    name = " ".join(name.split())
    if not name:
        raise PeopleError(QT_TRANSLATE_NOOP("Errors", "Write the unit's name."))
    with session_scope(engine) as s:
        for unit in s.exec(select(Unit)):
            if unit.name.casefold() == name.casefold():
                assert unit.id is not None
                return unit.id
        unit = Unit(name=name)
        s.add(unit)
        s.flush()
        assert unit.id is not None
        audit.record(s, "unit.create", entity="unit", entity_id=unit.id, actor_id=actor_id)
        return unit.id


def find_person(engine: Engine, ref: str) -> int:
    """A person by id, e-mail or exact name (the command line's ``--as``, ``--person``)."""
    from sqlmodel import select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Person

    with session_scope(engine) as s:
        people = s.exec(select(Person)).all()
    ref = ref.strip()
    matches = [
        p
        for p in people
        if str(p.id) == ref or p.email.lower() == ref.lower() or p.name.lower() == ref.lower()
    ]
    if len(matches) != 1:
        raise PeopleError(QT_TRANSLATE_NOOP("Errors", "No person {ref} in the register."), ref=ref)
    assert matches[0].id is not None
    return matches[0].id
