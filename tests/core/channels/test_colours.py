"""Each channel keeps its colour: stored when it is added, distinct among open channels as
far as the palette goes, never changed by adding or closing another channel."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine, text

from kuntasome.core.calendar.rules import load_channel_infos
from kuntasome.core.channels.colours import PALETTE, next_colour
from kuntasome.core.channels.details import load_channel, save_channel
from kuntasome.core.channels.inventory_import import import_channels, read_table, suggest_mapping
from kuntasome.core.channels.register import RegisterError, change_status, create_channel
from kuntasome.core.db import make_engine
from kuntasome.core.migrate import upgrade
from kuntasome.core.organisation import load_organisation, save_organisation

PLATFORMS = ("facebook", "instagram", "tiktok", "youtube", "linkedin", "bluesky", "threads")


def _colours(engine: Engine) -> dict[int, str]:
    return {i: c.colour for i, c in load_channel_infos(engine).items()}


def test_adding_a_channel_changes_no_other_channels_colour(engine: Engine) -> None:
    ids = [
        create_channel(
            engine,
            platform=p,
            address=f"@kallioranta{i}"
            if p != "facebook"
            else "https://www.facebook.com/kallioranta",
            status="active",
        ).id
        for i, p in enumerate(PLATFORMS[:3])
    ]
    before = _colours(engine)
    assert len(set(before.values())) == 3  # distinct
    create_channel(engine, platform="mastodon", address="@kallioranta@some.fi", status="active")
    after = _colours(engine)
    assert {i: after[i] for i in ids} == before
    assert len(set(after.values())) == 4


def test_open_channels_get_distinct_colours_as_far_as_the_palette_goes(engine: Engine) -> None:
    for i in range(len(PALETTE)):
        create_channel(engine, platform="x", address=f"@kunta{i}", status="active")
    assert sorted(_colours(engine).values()) == sorted(PALETTE)
    extra = create_channel(engine, platform="x", address="@kunta_extra", status="active")
    assert _colours(engine)[extra.id or 0] == PALETTE[0]  # then the least used, in order


def test_a_closed_channels_colour_is_free_for_the_next_one(engine: Engine) -> None:
    first = create_channel(engine, platform="x", address="@vanha", status="active")
    create_channel(engine, platform="x", address="@toinen", status="active")
    change_status(engine, first.id or 0, "closed", today=date(2026, 12, 2))
    new = create_channel(engine, platform="x", address="@uusi", status="active")
    assert _colours(engine)[new.id or 0] == _colours(engine)[first.id or 0] == PALETTE[0]


def test_the_communicator_picks_another_colour(engine: Engine) -> None:
    channel = create_channel(engine, platform="x", address="@kallioranta", status="active")
    details = load_channel(engine, channel.id or 0)
    save_channel(engine, replace(details, colour="#332288"))
    assert _colours(engine)[channel.id or 0] == "#332288"
    # A save that does not say (an older caller) keeps it.
    save_channel(engine, replace(load_channel(engine, channel.id or 0), colour="", notes="x"))
    assert _colours(engine)[channel.id or 0] == "#332288"
    with pytest.raises(RegisterError):
        save_channel(engine, replace(load_channel(engine, channel.id or 0), colour="red"))


def test_next_colour_takes_the_first_free_then_the_least_used() -> None:
    assert next_colour([]) == PALETTE[0]
    assert next_colour([PALETTE[0], PALETTE[2]]) == PALETTE[1]
    assert next_colour([*PALETTE, PALETTE[0], PALETTE[1]]) == PALETTE[2]


def test_an_inventory_gives_colours_and_the_organisations_languages(
    engine: Engine, tmp_path: object
) -> None:
    organisation = load_organisation(engine)
    save_organisation(engine, replace(organisation, content_languages=("fi", "sv")))
    path = tmp_path / "kanavat.csv"  # type: ignore[operator]
    path.write_text(
        "Palvelu;Osoite;Nimi;Kielet\n"
        "Instagram;@kallioranta;Kallioranta;\n"
        "Twitter;@kallioranta;Kallioranta;englanti\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert import_channels(engine, table, suggest_mapping(table.headers)) == 2
    infos = sorted(load_channel_infos(engine).values(), key=lambda c: c.platform)
    assert [c.languages for c in infos] == [("fi", "sv"), ("en",)]
    assert len({c.colour for c in infos}) == 2


def test_the_migration_gives_open_channels_distinct_colours(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/old.sqlite"
    engine = make_engine(url)
    upgrade(engine, "0008")
    with engine.begin() as con:
        for i in range(10):
            status = "closed" if i < 3 else "active"
            con.execute(
                text(
                    "INSERT INTO channel (platform, handle, display_name, url, account_id,"
                    " purpose, purpose_sv, purpose_en, audience, languages, tone_of_voice,"
                    " status, status_changed_at, review_interval_months, spread_busy_days,"
                    " may_sponsor, is_crisis_channel, is_public, two_factor_method, notes,"
                    " version_id, created_at, updated_at) VALUES ('x', :h, '', '', '', '', '',"
                    " '', '', 'fi', '', :s, '2026-01-01', 12, 0, 0, 0, 0, '', '', 1,"
                    " '2026-01-01', '2026-01-01')"
                ),
                {"h": f"@k{i}", "s": status},
            )
    upgrade(engine)
    infos = load_channel_infos(engine).values()
    open_colours = [c.colour for c in infos if c.status != "closed"]
    assert len(set(open_colours)) == 7
    assert all(c.colour in PALETTE for c in infos)
    engine.dispose()
