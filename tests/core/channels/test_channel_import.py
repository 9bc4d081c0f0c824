"""Importing the team's old channel spreadsheet: all rows or none, with reasons per row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine

from kuntasome.core.channels.inventory_import import (
    ImportFailed,
    import_channels,
    preview,
    read_table,
    suggest_mapping,
)
from kuntasome.core.channels.register import create_channel, list_channels


def write_csv(path: Path, text: str, encoding: str = "cp1252") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_finnish_csv_in_windows_1252_with_semicolons(tmp_path: Path, engine: Engine) -> None:
    path = write_csv(
        tmp_path / "kanavat.csv",
        (
            "Palvelu;Osoite;Nimi;Yksikkö;Tila;Kielet;Tarkoitus\n"
            "Facebook;https://www.facebook.com/Kallioranta/;Kalliorannan kaupunki;Kaupunginkanslia;"
            "käytössä;suomi, ruotsi;Tiedotteet\n"
            "Twitter;@kallioranta;Kallioranta;Kaupunginkanslia;lepotilassa;suomi;Medialle\n"
            "Instagram;kalliorannan_nuoret;Nuoret;Nuorisopalvelut;;fi;Nuorten tapahtumat\n"
        ),
    )
    table = read_table(path)
    mapping = suggest_mapping(table.headers)
    assert mapping == {
        "platform": 0,
        "address": 1,
        "display_name": 2,
        "unit": 3,
        "status": 4,
        "languages": 5,
        "purpose": 6,
    }
    assert import_channels(engine, table, mapping) == 3
    rows = {r.handle: r for r in list_channels(engine)}
    assert rows["kallioranta"].status == "active" and rows["kallioranta"].languages == "fi,sv"
    assert rows["@kallioranta"].platform == "x" and rows["@kallioranta"].status == "dormant"
    assert rows["@kalliorannan_nuoret"].unit == "Nuorisopalvelut"


def test_swedish_xlsx(tmp_path: Path, engine: Engine) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Tjänst", "Adress", "Namn", "Enhet", "Språk"])
    sheet.append(
        [
            "LinkedIn",
            "https://www.linkedin.com/company/bergstrand",
            "Bergstrands stad",
            "Stadskansliet",
            "svenska, finska",
        ]
    )
    sheet.append(["Mastodon", "@bergstrand@some.fi", "Bergstrand", "Stadskansliet", "sv"])
    book.save(tmp_path / "kanaler.xlsx")
    table = read_table(tmp_path / "kanaler.xlsx")
    assert import_channels(engine, table, suggest_mapping(table.headers)) == 2
    assert {r.handle for r in list_channels(engine)} == {"bergstrand", "@bergstrand@some.fi"}


def test_one_bad_row_imports_nothing_and_names_every_problem(
    tmp_path: Path, engine: Engine
) -> None:
    path = write_csv(
        tmp_path / "kanavat.csv",
        (
            "Palvelu;Osoite\n"
            "Facebook;https://www.facebook.com/kallioranta\n"
            "X;@tämä_ei_kelpaa_koska_liian_pitkä\n"
            "MySpace;kallioranta\n"
            "Facebook;facebook.com/Kallioranta\n"
        ),
        encoding="utf-8",
    )
    table = read_table(path)
    checked = preview(table, suggest_mapping(table.headers))
    assert [p.row for p in checked.problems] == [3, 4, 5]
    with pytest.raises(ImportFailed) as caught:
        import_channels(engine, table, suggest_mapping(table.headers))
    message = caught.value.translated(lambda _c, t: t)
    assert message.startswith("Nothing was imported. Rows with problems: 3; the first is row 3:")
    assert "is not a valid X address" in message
    assert list_channels(engine) == []


def test_account_already_registered_imports_nothing(tmp_path: Path, engine: Engine) -> None:
    create_channel(engine, platform="facebook", address="kallioranta")
    path = write_csv(
        tmp_path / "k.csv", "Platform,URL\nYouTube,@kallioranta\nFacebook,kallioranta\n"
    )
    table = read_table(path)
    with pytest.raises(ImportFailed, match="row 3, kallioranta, is already in the register"):
        import_channels(engine, table, suggest_mapping(table.headers))
    assert len(list_channels(engine)) == 1


def test_unreadable_or_unmappable_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFailed, match="not a readable Excel workbook"):
        read_table(tmp_path / "broken.xlsx")
    table = read_table(write_csv(tmp_path / "x.csv", "Foo;Bar\n1;2\n"))
    with pytest.raises(ImportFailed) as caught:
        preview(table, suggest_mapping(table.headers))
    assert caught.value.translated(lambda _c, t: t) == (
        "Choose which column holds the platform: it is needed for every channel."
    )


def test_swedish_inventory_headers_are_matched() -> None:
    headers = ["Kanal", "Adress", "Namn", "Enhet", "Språk", "Syfte"]
    assert suggest_mapping(headers) == {
        "platform": 0,
        "address": 1,
        "display_name": 2,
        "unit": 3,
        "languages": 4,
        "purpose": 5,
    }


INVENTORY = (
    "Palvelu;Osoite;Nimi;Yksikkö;Tila\n"
    "Facebook;https://www.facebook.com/Kallioranta/;Kalliorannan kaupunki;Kaupunginkanslia;"
    "käytössä\n"
    "Instagram;kalliorannan_nuoret;Nuoret;Nuorisopalvelut;käytössä\n"
)


def test_excels_unicode_text_reads_and_odd_files_are_refused_not_crashed_on(tmp_path: Path) -> None:
    """Issue 20, families 1 and 4: UTF-16 (Excel's "Unicode text"), bytes neither UTF-8 nor
    Windows-1252, a field over 131,072 characters, a file cut in a row or in a letter."""
    unicode_text = INVENTORY.replace(";", "\t")
    table = read_table(write_csv(tmp_path / "unicode.txt", unicode_text, encoding="utf-16"))
    assert table.headers[3] == "Yksikkö" and table.rows[1][1] == "kalliorannan_nuoret"

    utf8 = INVENTORY.encode("utf-8")
    cases = {
        "undecodable": b"Palvelu;Osoite\n\x81\x8d\x8f;\x90\x9d\n",
        "huge field": ("Palvelu;Osoite\nFacebook;" + "x" * 200_000 + "\n").encode(),
        "cut in a row": utf8[: utf8.index(b"kalliorannan_nuoret") + 3],  # "Instagram;kal"
        "cut in a letter": utf8[: utf8.index("ä".encode(), 60) + 1],  # half of "ä"
        "UTF-8 broken inside": utf8.replace("ö".encode(), b"\xf6", 1),  # mixed encodings
        "NUL bytes": b"Palvelu;Osoite\x00\nFacebook;x\n",
    }
    messages = []
    for name, data in cases.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(data)
        with pytest.raises(ImportFailed) as caught:
            read_table(path)
        messages.append(caught.value.translated(lambda _c, t: t))
    assert "cut off" in messages[2] and "2 of 5 columns" in messages[2]
    assert all("Nothing was imported" in m or "not a readable" in m for m in messages)


def test_a_damaged_sheet_in_a_workbook_is_refused(tmp_path: Path) -> None:
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["Palvelu", "Osoite"])
    book.active.append(["Facebook", "kallioranta"])
    good = tmp_path / "good.xlsx"
    book.save(good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # the sheet's XML cut in half
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match="not a readable Excel workbook"):
        read_table(damaged)
