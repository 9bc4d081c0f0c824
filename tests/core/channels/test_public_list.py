"""The public channel list: only official channels in use, accessible, safe to paste."""

from __future__ import annotations

import csv
import io
from datetime import date
from html.parser import HTMLParser

from sqlalchemy import Engine

from kuntasome.core.channels.public_list import public_channels, public_list_csv, public_list_html
from kuntasome.core.db import session_scope
from kuntasome.core.models import Channel, Unit


def same(_context: str, text: str) -> str:
    return text


def setup(engine: Engine) -> None:
    with session_scope(engine) as s:
        s.add(Unit(name="Kirjastopalvelut", name_sv="Bibliotekstjänster"))
        s.flush()
        s.add_all(
            [
                Channel(
                    platform="facebook",
                    handle="kalliorannankirjasto",
                    unit_id=1,
                    status="active",
                    is_public=True,
                    display_name="Kirjasto <Bibliotek>",
                    languages="fi,sv",
                    url="https://www.facebook.com/kalliorannankirjasto",
                    purpose="Lukuvinkit & tapahtumat",
                    purpose_sv="Lästips & evenemang",
                ),
                Channel(
                    platform="x",
                    handle="@kallioranta",
                    status="dormant",
                    is_public=True,
                    url="https://x.com/kallioranta",
                    languages="fi",
                ),
                Channel(platform="x", handle="@bergstrandsstad", status="reserved", is_public=True),
                Channel(platform="tiktok", handle="@secret", status="active", is_public=False),
                Channel(platform="linkedin", handle="old", status="closed", is_public=True),
            ]
        )


class Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_lists_only_official_channels_in_use(engine: Engine) -> None:
    setup(engine)
    channels = public_channels(engine, "sv")
    assert [c.handle for c in channels] == ["kalliorannankirjasto", "@kallioranta"]
    assert channels[0].unit == "Bibliotekstjänster"
    assert channels[0].purpose == "Lästips & evenemang"  # Swedish where written
    assert public_channels(engine, "en")[0].purpose == "Lukuvinkit & tapahtumat"  # else Finnish
    fragment = public_list_html(
        channels,
        organisation="Bergstrands stad",
        language="sv",
        translate=same,
        today=date(2026, 11, 22),
    )
    parsed = Structure()
    parsed.feed(fragment)
    tags = [t for t, _ in parsed.tags]
    assert tags[0] == "section" and parsed.tags[0][1]["lang"] == "sv"
    assert "caption" in tags and tags.count("th") == 5 + 2  # column and row headers
    assert all(a.get("scope") in ("col", "row") for t, a in parsed.tags if t == "th")
    links = [a["href"] for t, a in parsed.tags if t == "a"]
    assert links == ["https://www.facebook.com/kalliorannankirjasto", "https://x.com/kallioranta"]
    assert "<Bibliotek>" not in fragment and "Kirjasto &lt;Bibliotek&gt;" in fragment
    assert "22.11.2026" in "".join(parsed.text)


def test_csv_opens_in_nordic_excel(engine: Engine) -> None:
    setup(engine)
    data = public_list_csv(public_channels(engine, "fi"), translate=same)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Channel",
        "Service",
        "Address",
        "Maintained by",
        "Languages",
        "What we post there",
    ]
    assert rows[1] == [
        "Kirjasto <Bibliotek>",
        "Facebook",
        "https://www.facebook.com/kalliorannankirjasto",
        "Kirjastopalvelut",
        "Finnish, Swedish",
        "Lukuvinkit & tapahtumat",
    ]
    assert len(rows) == 3
