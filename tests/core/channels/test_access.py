"""Access warnings and the offboarding checklist a communicator works through."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from kuntasome.core.channels.access import (
    mark_leaving,
    offboarding,
    register_warnings,
    revoke_access,
)
from kuntasome.core.db import session_scope
from kuntasome.core.models import AccessGrant, Channel, Person

TODAY = date(2026, 11, 23)


def setup(engine: Engine) -> None:
    with session_scope(engine) as s:
        s.add_all(
            [
                Person(name="Sari Virtanen"),
                Person(name="Mikko Heikkinen"),
                Person(name="Leena Saarinen", left_on=date(2026, 8, 1)),
            ]
        )
        s.flush()
        s.add_all(
            [
                Channel(
                    platform="facebook",
                    handle="kallioranta",
                    status="active",
                    manager_id=1,
                    two_factor_method="app",
                ),
                Channel(platform="x", handle="@kallioranta", status="active", manager_id=3),
                Channel(platform="x", handle="@old", status="closed"),
            ]
        )
        s.flush()
        s.add_all(
            [
                AccessGrant(
                    channel_id=1,
                    person_id=1,
                    role="admin",
                    granted_on=date(2024, 1, 1),
                    last_verified_on=date(2026, 10, 1),
                ),
                AccessGrant(
                    channel_id=1,
                    person_id=2,
                    role="admin",
                    granted_on=date(2024, 1, 1),
                    last_verified_on=date(2026, 5, 1),
                ),
                AccessGrant(channel_id=1, person_id=3, role="editor", granted_on=date(2024, 1, 1)),
                AccessGrant(
                    channel_id=2,
                    person_id=1,
                    role="admin",
                    granted_on=date(2024, 1, 1),
                    last_verified_on=date(2026, 11, 1),
                ),
                AccessGrant(
                    channel_id=2,
                    person_id=3,
                    role="admin",
                    granted_on=date(2024, 1, 1),
                    last_verified_on=date(2026, 11, 1),
                ),
                AccessGrant(channel_id=3, person_id=3, role="admin", granted_on=date(2020, 1, 1)),
            ]
        )


def test_warnings_name_what_to_fix(engine: Engine) -> None:
    setup(engine)
    warnings = register_warnings(engine, today=TODAY)
    codes = {cid: sorted(w.code for w in ws) for cid, ws in warnings.items()}
    assert codes[1] == ["left_holds_access", "unverified_admin"]  # Mikko: verified in May
    # Leena left: her admin access does not count, she still holds it, and managed the channel.
    assert codes[2] == ["few_admins", "left_holds_access", "no_2fa", "no_manager"]
    assert 3 not in codes  # closed channels raise no warnings
    text = [w.translated(lambda _c, t: t) for w in warnings[1] if w.code == "left_holds_access"]
    assert text == ["Leena Saarinen has left but still has editor access."]


def test_offboarding_checklist_is_ticked_as_access_is_revoked(engine: Engine) -> None:
    setup(engine)
    checklist = mark_leaving(engine, 2, date(2026, 12, 31))
    assert [(i.platform, i.role, i.done) for i in checklist.items] == [("facebook", "admin", False)]
    leena = offboarding(engine, 3)
    assert [(i.handle, i.done) for i in leena.items] == [
        ("kallioranta", False),
        ("@kallioranta", False),
        ("@old", False),
    ]
    assert leena.manager_of == ["x:@kallioranta"]
    revoke_access(engine, leena.items[0].grant_id, on=TODAY)
    assert [i.done for i in offboarding(engine, 3).items] == [True, False, False]
    assert not any(w.code == "left_holds_access" for w in register_warnings(engine, today=TODAY)[1])
