"""The demo town: realistic, bilingual, deterministic, and only into an empty database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select, text
from sqlmodel import Session, col

from kuntasome.core.demo import generate_demo
from kuntasome.core.demo.state import DemoRefused
from kuntasome.core.models import Channel, ModerationEntry, Post, PostTarget, PostText
from kuntasome.core.moderation.chain import GENESIS, commitment_of, entry_hash_v2

from tests.conftest import DEMO_TODAY


def test_demo_town_has_the_promised_shape(engine: Engine) -> None:
    summary = generate_demo(engine, seed=3, today=DEMO_TODAY)
    with Session(engine) as s:
        channels = s.exec(select(Channel)).scalars().all()
        platforms = {c.platform for c in channels}
        first = s.exec(select(func.min(PostTarget.scheduled_at))).scalar_one()
        texts = s.exec(select(PostText.language, func.count()).group_by(PostText.language)).all()
        published = s.exec(
            select(func.count()).select_from(PostTarget).where(PostTarget.status == "published")
        ).scalar_one()
    assert 10 <= len(channels) <= 14 and len(platforms) == 7
    assert {c.status for c in channels} >= {"active", "dormant", "closed", "reserved"}
    assert DEMO_TODAY - first.date() >= timedelta(days=700)  # two years of posts
    by_language = dict(texts)
    assert by_language["fi"] == by_language["sv"] == summary.posts  # bilingual town
    assert 0 < by_language["en"] < summary.posts
    assert published > 1000
    assert summary.moderation_entries > 500 and summary.checkins > 1000
    assert summary.metric_values > 50_000


def test_demo_texts_read_like_the_town_wrote_them(engine: Engine) -> None:
    generate_demo(engine, seed=1, today=DEMO_TODAY)
    with Session(engine) as s:
        bodies = s.exec(select(PostText.language, PostText.body)).all()
    fi = [b for lang, b in bodies if lang == "fi"]
    sv = [b for lang, b in bodies if lang == "sv"]
    assert any("kaupunginvaltuusto" in b.lower() for b in fi)
    assert any("stadsfullmäktige" in b.lower() for b in sv)
    assert not any("{" in b or ".." in b for _lang, b in bodies)  # every template filled
    # Issue 21: "maanantaina 8.12. alkaen" (alkaen and mennessä take the elative and the
    # illative), "kommer till i centrum", the calque "Reservera dricksvatten".
    import re

    wrong_case = re.compile(r"\w+na \d+\.\d+\. (alkaen|mennessä)")
    assert not [b for b in fi if wrong_case.search(b)]
    assert any(re.search(r"\w+sta \d+\.\d+\. alkaen", b) for b in fi)
    assert not [b for b in sv if re.search(r"till (i|på) ", b) or "Reservera dricksvatten" in b]


def _fingerprint(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        posts = conn.execute(text("SELECT id, title, status FROM post ORDER BY id")).all()
        chain = conn.execute(text("SELECT entry_hash FROM moderationentry ORDER BY id")).all()
        metrics = conn.execute(text("SELECT SUM(value), COUNT(*) FROM channeldailymetric")).one()
    return [*map(tuple, posts), *map(tuple, chain), tuple(metrics)]


def test_same_seed_gives_the_same_town(tmp_path: object, db_url: str) -> None:
    from kuntasome.core.database import prepare_database
    from kuntasome.core.db import make_engine

    other_url = f"sqlite:///{tmp_path}/other.sqlite"  # type: ignore[str-format]
    prints = []
    for url in (db_url, other_url):
        prepare_database(url, create=True)
        eng = make_engine(url)
        generate_demo(eng, seed=7, today=DEMO_TODAY)
        prints.append(_fingerprint(eng))
        eng.dispose()
    assert prints[0] == prints[1]


def test_moderation_demo_log_is_a_valid_hash_chain(engine: Engine) -> None:
    generate_demo(engine, seed=2, today=DEMO_TODAY)
    with Session(engine) as s:
        entries = s.exec(select(ModerationEntry).order_by(col(ModerationEntry.id))).scalars().all()
    prev = GENESIS
    for entry in entries:
        assert entry.prev_hash == prev and entry.hash_version == 2
        assert commitment_of(entry.model_dump(), entry.salt) == entry.commitment
        assert entry.entry_hash == entry_hash_v2(entry.model_dump(), prev, (), entry.commitment)
        prev = entry.entry_hash
    tampered = entries[10].model_dump() | {"comment_text": "muutettu jälkikäteen"}
    assert commitment_of(tampered, entries[10].salt) != entries[10].commitment


def test_demo_refuses_a_database_with_data(engine: Engine) -> None:
    generate_demo(engine, seed=1, today=DEMO_TODAY)
    with Session(engine) as s:
        before = s.exec(select(func.count()).select_from(Post)).scalar_one()
    with pytest.raises(DemoRefused) as caught:
        generate_demo(engine, seed=2, today=DEMO_TODAY)
    assert caught.value.params["count"] == 12
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(Post)).scalar_one() == before


def test_demo_after_the_welcome_dialog_saved_the_organisation(engine: Engine) -> None:
    """Issue 17, item 2: the first-start dialog writes the organisation's settings, so the
    database is not empty of settings; the demo then failed with a raw IntegrityError."""
    from kuntasome.core.organisation import (
        OrganisationSettings,
        load_organisation,
        save_organisation,
    )

    save_organisation(engine, OrganisationSettings(name="Testikunta", country="SE"))
    generate_demo(engine, seed=1, today=DEMO_TODAY)
    organisation = load_organisation(engine)
    assert organisation.name.startswith("Kalliorannan") and organisation.country == "FI"


def test_demo_refuses_a_register_with_people_in_words(engine: Engine) -> None:
    from kuntasome.core.people import PersonDetails, save_person

    save_person(engine, PersonDetails(name="Anna Aalto"))
    with pytest.raises(DemoRefused) as refused:
        generate_demo(engine, seed=1, today=DEMO_TODAY)
    assert "people or units" in refused.value.translated(lambda _c, text: text)


def test_demo_topics_come_in_season_on_the_channels_they_concern(engine: Engine) -> None:
    """Issue 21: the Christmas street opened six times in June, ice warnings came in July and
    council meetings on the youth TikTok."""
    generate_demo(engine, seed=1, today=DEMO_TODAY)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT p.title, t.scheduled_at, u.name FROM post p"
                " JOIN posttarget t ON t.post_id = p.id JOIN channel c ON c.id = t.channel_id"
                " JOIN unit u ON u.id = c.unit_id"
            )
        ).all()
    from kuntasome.core.demo import content

    key = {unit.fi: unit.key for unit in content.UNITS}
    rows = [(title, at, key[unit]) for title, at, unit in rows]
    assert len(rows) > 1000
    months: dict[str, set[str]] = {title: set() for title, _at, _unit in rows}
    for title, at, _unit in rows:
        months[title].add(str(at)[5:7])
    assert months["Joulukadun avajaiset"] <= {"11", "12"}
    assert months["Liukkausvaroitus"].isdisjoint({"05", "06", "07", "08", "09"})
    youth = {title for title, _at, unit in rows if unit == "nuoriso"}
    assert "Nuorisotalon ilta" in youth
    assert not youth & {"Valtuuston kokous", "Päätöksiä kaupunginhallituksesta", "Vesikatko"}
