"""Typing in the register's search box with 5,000 channels and 50,000 access grants.

Target: ≤ 50 ms per keystroke, measured on the real table widget (filter, model reset,
the view's relayout and repaint), after the register has been loaded off the GUI thread.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kuntasome.core.database import inspect_database, prepare_database
from kuntasome.core.db import make_engine
from kuntasome.core.paths import DataPaths

from tests.bench.conftest import TODAY

CHANNELS = 5_000
GRANTS = 50_000
PEOPLE = 400
UNITS = 40
PLATFORMS = ("facebook", "instagram", "x", "threads", "tiktok", "youtube", "linkedin", "bluesky")
FIRST = ("Sari", "Mikko", "Anna", "Jukka", "Emma", "Henrik", "Päivi", "Johanna", "Leena", "Ville")
LAST = ("Virtanen", "Lindqvist", "Heikkinen", "Nyström", "Mäkelä", "Korhonen", "Holm", "Berg")
WORDS = ("kirjasto", "nuoret", "liikunta", "kulttuuri", "museo", "koulu", "uimahalli", "satama")


def _fill(url: str) -> None:
    from sqlalchemy import insert

    from kuntasome.core.models import AccessGrant, Channel, Person, Unit

    rng = random.Random(5)
    engine = make_engine(url)
    with engine.begin() as con:
        con.execute(insert(Unit), [{"name": f"Yksikkö {i:02d}"} for i in range(1, UNITS + 1)])
        con.execute(
            insert(Person),
            [
                {
                    "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    "left_on": date(2026, 1, 1) if i % 25 == 0 else None,
                }
                for i in range(1, PEOPLE + 1)
            ],
        )
        con.execute(
            insert(Channel),
            [
                {
                    "platform": PLATFORMS[i % len(PLATFORMS)],
                    "handle": f"@{rng.choice(WORDS)}_{i}",
                    "display_name": f"Kallioranta {rng.choice(WORDS)} {i}",
                    "url": f"https://example.org/{i}",
                    "unit_id": rng.randint(1, UNITS),
                    "manager_id": rng.randint(1, PEOPLE) if i % 7 else None,
                    "status": rng.choice(("active", "active", "dormant", "closed", "reserved")),
                    "languages": rng.choice(("fi", "fi,sv", "sv", "fi,sv,en")),
                    "next_review_on": TODAY + timedelta(days=rng.randint(-200, 400)),
                    "two_factor_method": "app" if i % 5 else "",
                }
                for i in range(1, CHANNELS + 1)
            ],
        )
        con.execute(
            insert(AccessGrant),
            [
                {
                    "channel_id": (i % CHANNELS) + 1,
                    "person_id": rng.randint(1, PEOPLE),
                    "role": rng.choice(("admin", "editor", "editor", "moderator", "analyst")),
                    "granted_on": date(2024, 1, 1),
                    "last_verified_on": TODAY - timedelta(days=rng.randint(0, 200)),
                    "revoked_on": date(2025, 6, 1) if i % 10 == 0 else None,
                }
                for i in range(GRANTS)
            ],
        )
    engine.dispose()


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    paths = DataPaths(Path(tmp_path_factory.mktemp("register")))
    prepare_database(paths.database_url, create=True)
    _fill(paths.database_url)
    return paths


def test_filtering_5000_channels_per_keystroke(qapp: QApplication, big_register: DataPaths) -> None:
    from kuntasome.core.channels.register_view import load_register

    from kuntasome.ui.channels.register_tab import RegisterTab
    from kuntasome.ui.context import AppContext
    from kuntasome.ui.preferences import Preferences
    from kuntasome.ui.translations import LanguageManager

    languages = LanguageManager()
    languages.apply("fi")
    context = AppContext(
        big_register,
        inspect_database(big_register.database_url),
        Preferences.open(big_register),
        languages,
    )
    context.today = lambda: TODAY
    started = time.perf_counter()
    rows = load_register(context.engine(), TODAY)
    load_s = time.perf_counter() - started
    context.secret_store()  # the Channels page warms the keyring up off the GUI thread
    tab = RegisterTab(context)
    tab.resize(1200, 800)
    tab.show()
    started = time.perf_counter()
    tab.show_rows(rows, [], [])
    qapp.processEvents()
    show_ms = (time.perf_counter() - started) * 1000

    def timed(action: object) -> float:
        began = time.perf_counter()
        action()  # type: ignore[operator]
        qapp.processEvents()  # the view relayouts and repaints
        return (time.perf_counter() - began) * 1000

    keystrokes: list[float] = []
    for query in ("kirjasto", "Virtanen 1", "@uima"):
        for n in range(1, len(query) + 1):
            keystrokes.append(timed(lambda q=query[:n]: tab.search.setText(q)))
        for n in range(len(query) - 1, -1, -1):  # backspace back to empty
            keystrokes.append(timed(lambda q=query[:n]: tab.search.setText(q)))
    toggles = [
        timed(lambda: tab.attention.setChecked(True)),
        timed(lambda: tab.review_due.setChecked(True)),
        timed(lambda: tab.status.setCurrentIndex(tab.status.findData("active"))),
        timed(lambda: tab.language.setCurrentIndex(tab.language.findData("sv"))),
        timed(lambda: tab.attention.setChecked(False)),
        timed(lambda: tab.review_due.setChecked(False)),
    ]
    sort_ms = timed(lambda: tab.table.sortByColumn(0, tab.model.sort_order))
    choose = [timed(lambda r=r: tab.select_channel(tab.model.rows[r].id)) for r in (5, 50, 500)]
    print(
        f"\nregister: {len(rows)} channels, {GRANTS} grants; load {load_s:.2f} s (off the GUI"
        f" thread), first fill {show_ms:.0f} ms; keystroke median"
        f" {statistics.median(keystrokes):.1f} ms, max {max(keystrokes):.1f} ms over"
        f" {len(keystrokes)}; filter toggles max {max(toggles):.1f} ms; sort {sort_ms:.0f} ms;"
        f" choosing a channel (editor, access, secrets) max {max(choose):.0f} ms"
    )
    tab.close()
    context.close()
    assert len(rows) == CHANNELS
    assert max(keystrokes) <= 50, keystrokes
    assert max(toggles) <= 50, toggles
    assert show_ms <= 100 and sort_ms <= 100 and max(choose) <= 100
