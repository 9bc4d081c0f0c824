"""A new channel is asked for with reasons, decided by a manager, and reviewed regularly."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from kuntasome.core.channels.register import create_channel
from kuntasome.core.channels.requests import (
    RequestError,
    add_months,
    decide_request,
    record_review,
    reviews_due,
    submit_request,
)
from kuntasome.core.db import session_scope
from kuntasome.core.models import Channel, Person, PersonRole

ANSWERS = {
    "purpose": "Lukuvinkit ja kirjaston tapahtumat",
    "target_audiences": "Aikuiset lukijat",
    "content_plan": "Kolme julkaisua viikossa",
    "desired_effects": "Lainausmäärät kasvavat",
    "maintainers": "Anna Nyström, kirjaston henkilökunta",
    "hours_per_week": 3.0,
    "complements_website": "Nostaa verkkokirjaston sisältöjä",
    "has_profile_picture": True,
}


@pytest.fixture
def people(engine: Engine) -> None:
    with session_scope(engine) as s:
        s.add_all([Person(name="Anna Nyström"), Person(name="Sari Virtanen")])
        s.flush()
        s.add(PersonRole(person_id=2, role="manager"))


def test_unanswered_questions_are_refused(engine: Engine, people: None) -> None:
    with pytest.raises(RequestError) as caught:
        submit_request(
            engine,
            requested_by_id=1,
            platform="threads",
            proposed_name="Kirjasto",
            purpose="Lukuvinkit",
        )
    assert caught.value.params["missing"][0] == "target_audiences"
    assert caught.value.translated(lambda _c, t: t) == (
        "Answer “Whom should it reach?” before sending the request."
    )


def test_manager_approves_and_the_channel_enters_the_register(engine: Engine, people: None) -> None:
    request = submit_request(
        engine,
        requested_by_id=1,
        platform="threads",
        proposed_name="Kalliorannan kirjasto",
        **ANSWERS,
    )
    assert request.id is not None and request.status == "pending"
    with pytest.raises(RequestError, match="Only a responsible manager"):
        decide_request(
            engine, request.id, approve=True, decided_by_id=1, address="@kalliorannankirjasto"
        )
    decided = decide_request(
        engine, request.id, approve=True, decided_by_id=2, address="@KalliorannanKirjasto"
    )
    assert decided.status == "approved" and decided.channel_id is not None
    with Session(engine) as s:
        channel = s.get(Channel, decided.channel_id)
    assert channel is not None
    assert (channel.status, channel.handle, channel.manager_id) == (
        "approved",
        "@kalliorannankirjasto",
        2,
    )
    with pytest.raises(RequestError, match="no longer waiting"):
        decide_request(engine, request.id, approve=False, decided_by_id=2, reason="myöhässä")


def test_rejection_needs_a_reason(engine: Engine, people: None) -> None:
    request = submit_request(
        engine, requested_by_id=1, platform="tiktok", proposed_name="Kirjaston TikTok", **ANSWERS
    )
    assert request.id is not None
    with pytest.raises(RequestError, match="reason"):
        decide_request(engine, request.id, approve=False, decided_by_id=2)
    rejected = decide_request(
        engine, request.id, approve=False, decided_by_id=2, reason="Ei resursseja ylläpitoon"
    )
    assert (rejected.status, rejected.channel_id) == ("rejected", None)


def test_reviews_come_due_and_closing_closes(engine: Engine) -> None:
    a = create_channel(
        engine, platform="x", address="@a", status="active", next_review_on=date(2026, 11, 1)
    )
    b = create_channel(
        engine, platform="x", address="@b", status="active", next_review_on=date(2027, 6, 1)
    )
    create_channel(engine, platform="x", address="@c", status="active")  # never reviewed
    due = reviews_due(engine, today=date(2026, 11, 22))
    assert [(d.handle, d.overdue_days) for d in due] == [("@c", None), ("@a", 21)]
    assert a.id is not None and b.id is not None
    assert record_review(
        engine, a.id, reviewer_id=None, outcome="keep", on=date(2026, 11, 22)
    ) == date(2027, 11, 22)
    assert (
        record_review(
            engine,
            b.id,
            reviewer_id=None,
            outcome="close",
            notes="Ei enää tarvetta",
            on=date(2026, 11, 22),
        )
        is None
    )
    with Session(engine) as s:
        closed = s.get(Channel, b.id)
    assert closed is not None and closed.status == "closed"
    assert [d.handle for d in reviews_due(engine, today=date(2026, 11, 22))] == ["@c"]


def test_add_months_keeps_month_ends() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 22), 12) == date(2027, 11, 22)
