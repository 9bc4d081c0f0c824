"""Editing the register: channel details, people and roles, access grants, the table's filters."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from kuntasome.core.channels.access import AccessError, grant_access, list_grants, verify_access
from kuntasome.core.channels.details import load_channel, save_channel
from kuntasome.core.channels.register import RegisterError, create_channel
from kuntasome.core.channels.register_view import RegisterFilter, filter_rows, load_register
from kuntasome.core.errors import StaleRecord
from kuntasome.core.models import AuditLog
from kuntasome.core.people import PeopleError, PersonDetails, ensure_unit, list_people, save_person

TODAY = date(2026, 11, 22)
plain = lambda _context, text: text  # noqa: E731


def _audit(engine: Engine, action: str) -> list[AuditLog]:
    with Session(engine) as s:
        return list(
            s.exec(select(AuditLog).where(AuditLog.action == action).order_by(col(AuditLog.id)))
        )


def test_saving_a_channel_normalises_its_address_and_audits_the_changed_fields(
    engine: Engine,
) -> None:
    create_channel(engine, platform="x", address="@kallioranta")
    other = create_channel(engine, platform="x", address="@kr_kirjasto")
    details = load_channel(engine, other.id or 0)
    saved = save_channel(
        engine,
        replace(
            details,
            address="https://x.com/KR_Kirjasto",
            purpose="Kirjaston uutiset",
            purpose_sv="Bibliotekets nyheter",
            languages=("en", "fi"),  # it was made in the organisation's fi and sv
            is_public=True,
        ),
        actor_id=None,
    )
    assert saved.address == "@KR_Kirjasto"
    assert saved.url == "https://x.com/KR_Kirjasto"
    assert saved.languages == ("fi", "en")  # stored in a fixed order
    assert saved.version_id == details.version_id + 1
    assert load_channel(engine, other.id or 0) == saved
    (entry,) = _audit(engine, "channel.update")
    fields = json.loads(entry.details)["fields"].split(",")
    assert fields == ["handle", "is_public", "languages", "purpose", "purpose_sv", "url"]
    assert "Kirjaston" not in entry.details  # field names only, never what was written

    # Another account's address is refused and nothing changes.
    with pytest.raises(RegisterError) as caught:
        save_channel(engine, replace(saved, address="@Kallioranta"))
    assert "already in the register" in caught.value.translated(plain)
    # A copy read before someone else saved is refused, not silently overwritten.
    with pytest.raises(StaleRecord):
        save_channel(engine, replace(details, notes="old copy"))
    assert load_channel(engine, other.id or 0) == saved


def test_people_roles_and_stale_copies(engine: Engine) -> None:
    unit = ensure_unit(engine, "Viestintä")
    assert ensure_unit(engine, " viestintä ") == unit
    sari = save_person(
        engine,
        PersonDetails(
            name=" Sari  Virtanen ",
            email="sari@kallioranta.fi",
            unit_id=unit,
            roles=("communicator", "approver"),
        ),
    )
    assert sari.id and sari.name == "Sari Virtanen"
    updated = save_person(engine, replace(sari, roles=("manager",), title="Viestintäpäällikkö"))
    (listed,) = list_people(engine)
    assert (listed.roles, listed.title, listed.unit) == (
        ("manager",),
        "Viestintäpäällikkö",
        "Viestintä",
    )
    assert listed.version_id == updated.version_id
    with pytest.raises(StaleRecord):
        save_person(engine, replace(sari, title="old copy"))
    with pytest.raises(PeopleError):
        save_person(engine, PersonDetails(name="  "))
    with pytest.raises(PeopleError) as caught:
        save_person(engine, PersonDetails(name="Mikko", email="mikko at kallioranta"))
    assert "not an e-mail address" in caught.value.translated(plain)
    assert len(list_people(engine)) == 1


def test_access_is_granted_verified_and_listed(engine: Engine) -> None:
    channel = create_channel(engine, platform="facebook", address="kallioranta")
    sari = save_person(engine, PersonDetails(name="Sari"))
    left = save_person(engine, PersonDetails(name="Leena", left_on=date(2026, 8, 1)))
    grant = grant_access(engine, channel.id or 0, sari.id, "admin", on=date(2026, 1, 5))
    with pytest.raises(AccessError) as caught:
        grant_access(engine, channel.id or 0, sari.id, "editor", on=TODAY)
    assert "already has admin access" in caught.value.translated(plain)
    with pytest.raises(AccessError):
        grant_access(engine, channel.id or 0, left.id, "editor", on=TODAY)
    verify_access(engine, grant, on=TODAY)
    (row,) = list_grants(engine, channel.id or 0)
    assert (row.person, row.role, row.granted_on, row.last_verified_on, row.active) == (
        "Sari",
        "admin",
        date(2026, 1, 5),
        TODAY,
        True,
    )
    assert [e.action for e in _audit(engine, "access.grant")] == ["access.grant"]
    assert len(_audit(engine, "access.verify")) == 1


def test_filters_combine_and_search_finds_people_with_access(engine: Engine) -> None:
    unit = ensure_unit(engine, "Kirjasto")
    a = create_channel(
        engine,
        platform="instagram",
        address="@kallioranta",
        status="active",
        unit_id=unit,
        languages="fi,sv",
        next_review_on=date(2027, 6, 1),
        two_factor_method="app",
    )
    create_channel(
        engine,
        platform="x",
        address="@kallioranta",
        status="active",
        languages="fi",
        next_review_on=date(2026, 12, 1),
    )
    create_channel(engine, platform="x", address="@vanha", status="closed", languages="fi")
    mikko = save_person(engine, PersonDetails(name="Mikko Heikkinen"))
    grant_access(engine, a.id or 0, mikko.id, "admin", on=TODAY)
    rows = load_register(engine, TODAY)
    assert len(rows) == 3

    def handles(f: RegisterFilter) -> list[str]:
        return [f"{r.platform}:{r.handle}" for r in filter_rows(rows, f, TODAY)]

    assert handles(RegisterFilter(text="heikki")) == ["instagram:@kallioranta"]
    assert handles(RegisterFilter(text="KALLIO x")) == ["x:@kallioranta"]
    assert handles(RegisterFilter(language="sv")) == ["instagram:@kallioranta"]
    assert handles(RegisterFilter(unit_id=unit)) == ["instagram:@kallioranta"]
    assert handles(RegisterFilter(status="closed")) == ["x:@vanha"]
    # Review due within 30 days (x) — a closed channel is never due.
    assert handles(RegisterFilter(review_due=True)) == ["x:@kallioranta"]
    # Every live channel here has warnings (one admin at most); the closed one has none.
    assert handles(RegisterFilter(needs_attention=True)) == [
        "instagram:@kallioranta",
        "x:@kallioranta",
    ]
    insta = next(r for r in rows if r.platform == "instagram")
    assert [w.code for w in insta.warnings] == ["few_admins", "no_manager"]
    assert insta.admins == 1 and insta.two_factor


def test_a_new_channel_posts_in_the_organisations_languages(engine: Engine) -> None:
    """Issue 17, item 16: a new channel defaulted to Finnish only in a bilingual town."""
    from kuntasome.core.channels.register import create_channel
    from kuntasome.core.organisation import OrganisationSettings, save_organisation

    save_organisation(
        engine, OrganisationSettings(name="Kallioranta", content_languages=("fi", "sv", "en"))
    )
    made = create_channel(engine, platform="instagram", address="@kallioranta", status="active")
    assert made.languages == "fi,sv,en"
    chosen = create_channel(
        engine, platform="facebook", address="kallioranta", status="active", languages="sv"
    )
    assert chosen.languages == "sv"
