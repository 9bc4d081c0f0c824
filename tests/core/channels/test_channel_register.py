"""The register: normalised handles, no duplicates, a lifecycle with who and when."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from kuntasome.core.channels.register import (
    RegisterError,
    change_status,
    create_channel,
    find_channel,
    list_channels,
)
from kuntasome.core.models import AuditLog, Channel


def test_create_normalises_and_refuses_the_same_account_pasted_differently(engine: Engine) -> None:
    channel = create_channel(
        engine,
        platform="instagram",
        address="https://www.instagram.com/KalliorannanKaupunki/?hl=fi",
        display_name="Kallioranta",
    )
    assert (channel.handle, channel.url) == (
        "@kalliorannankaupunki",
        "https://www.instagram.com/kalliorannankaupunki",
    )
    with pytest.raises(RegisterError) as caught:
        create_channel(engine, platform="instagram", address="@kalliorannankaupunki")
    assert "already in the register" in caught.value.translated(lambda _c, t: t)
    assert len(list_channels(engine)) == 1
    # The same name on another platform is another channel.
    create_channel(engine, platform="threads", address="@kalliorannankaupunki")
    assert len(list_channels(engine)) == 2


def test_lifecycle_is_logged_and_a_closed_channel_keeps_its_record(engine: Engine) -> None:
    ch = create_channel(engine, platform="x", address="@kallioranta", status="requested")
    assert ch.id is not None
    for status in ("approved", "active", "dormant", "closed"):
        change_status(engine, ch.id, status, reason=f"syy: {status}")
    with pytest.raises(RegisterError, match="cannot go from"):
        change_status(engine, ch.id, "requested")
    with Session(engine) as s:
        kept = s.get(Channel, ch.id)
        log = s.exec(select(AuditLog).order_by(col(AuditLog.id))).all()
    assert kept is not None and kept.status == "closed" and kept.closed_on is not None
    moves = [json.loads(a.details) for a in log if a.action == "channel.status"]
    assert [(m["from"], m["to"]) for m in moves] == [
        ("requested", "approved"),
        ("approved", "active"),
        ("active", "dormant"),
        ("dormant", "closed"),
    ]
    assert all(a.at is not None for a in log)


def test_find_by_id_platform_handle_or_unique_handle(engine: Engine) -> None:
    create_channel(engine, platform="instagram", address="@kallioranta")
    create_channel(engine, platform="x", address="@kallioranta")
    create_channel(
        engine, platform="facebook", address="https://www.facebook.com/kalliorannankirjasto"
    )
    assert find_channel(engine, "x:@kallioranta").platform == "x"
    assert find_channel(engine, "kalliorannankirjasto").platform == "facebook"
    assert find_channel(engine, "1").platform == "instagram"
    with pytest.raises(RegisterError, match="Several channels"):
        find_channel(engine, "@kallioranta")
    with pytest.raises(RegisterError, match="No channel"):
        find_channel(engine, "@eioleolemassa")
