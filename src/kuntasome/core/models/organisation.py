"""The organisation: settings, units and people."""

from datetime import date

from sqlmodel import Field, SQLModel

from kuntasome.core.models.base import Timestamped, Versioned


class Setting(SQLModel, table=True):
    """Organisation-wide settings shared by the team (name, country, deadlines…)."""

    key: str = Field(primary_key=True, max_length=80)
    value: str = Field(default="")


class Unit(Versioned, Timestamped, table=True):
    """An organisational unit (toimiala / förvaltning) that owns channels."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    name_sv: str = Field(default="", max_length=200)
    name_en: str = Field(default="", max_length=200)
    active: bool = True


class Person(Versioned, Timestamped, table=True):
    """Someone who works with the channels; never deleted, marked as left instead."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    title: str = Field(default="", max_length=200)
    unit_id: int | None = Field(default=None, foreign_key="unit.id", index=True)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=50)
    signature: str = Field(default="", max_length=200)
    leaving_on: date | None = None
    left_on: date | None = None


class PersonRole(SQLModel, table=True):
    """A role a person holds: communicator, moderator, approver, manager."""

    person_id: int = Field(foreign_key="person.id", primary_key=True)
    role: str = Field(primary_key=True, max_length=20)
