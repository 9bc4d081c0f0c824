"""Importing an existing channel inventory spreadsheet (CSV or XLSX), all or nothing.

Teams arrive with a spreadsheet of their accounts. The columns are matched to register
fields by their headers in Finnish, Swedish or English (the user may change the mapping);
every row is validated and normalised first, and only a file without errors is imported,
in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from kuntasome.core import audit
from kuntasome.core.channels.register import colour_for_new
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, Unit
from kuntasome.core.organisation import load_organisation
from kuntasome.core.platforms import PLATFORMS, normalise

if TYPE_CHECKING:
    from sqlalchemy import Engine

FIELDS = ("platform", "address", "display_name", "unit", "status", "languages", "purpose")
REQUIRED = ("platform", "address")
# Header words that name each field, in Finnish, Swedish and English (lower case).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "platform": (
        "platform",
        "service",
        "palvelu",
        "some-palvelu",
        "alusta",
        "kanava",
        "tjänst",
        "plattform",
        "kanal",
        "sociala medier",
    ),
    "address": (
        "url",
        "address",
        "osoite",
        "linkki",
        "adress",
        "länk",
        "handle",
        "tunnus",
        "käyttäjätunnus",
        "användarnamn",
        "konto",
        "tili",
        "account",
    ),
    "display_name": ("name", "nimi", "namn", "kanavan nimi", "kanalens namn", "display name"),
    "unit": ("unit", "yksikkö", "toimiala", "enhet", "förvaltning", "sektor", "owner"),
    "status": ("status", "tila"),
    "languages": ("languages", "kielet", "kieli", "språk", "language"),
    "purpose": ("purpose", "tarkoitus", "syfte", "description", "kuvaus", "beskrivning"),
}
PLATFORM_WORDS = {
    "facebook": "facebook",
    "fb": "facebook",
    "instagram": "instagram",
    "ig": "instagram",
    "x": "x",
    "twitter": "x",
    "x (twitter)": "x",
    "threads": "threads",
    "tiktok": "tiktok",
    "youtube": "youtube",
    "linkedin": "linkedin",
    "mastodon": "mastodon",
    "bluesky": "bluesky",
}
STATUS_WORDS = {
    "active": "active",
    "aktiivinen": "active",
    "käytössä": "active",
    "aktiv": "active",
    "i bruk": "active",
    "dormant": "dormant",
    "lepotilassa": "dormant",
    "vilande": "dormant",
    "passiivinen": "dormant",
    "closed": "closed",
    "suljettu": "closed",
    "nedlagd": "closed",
    "stängd": "closed",
    "reserved": "reserved",
    "varattu": "reserved",
    "reserverad": "reserved",
    "approved": "approved",
    "hyväksytty": "approved",
    "godkänd": "approved",
}
LANGUAGE_WORDS = {
    "fi": "fi",
    "suomi": "fi",
    "finnish": "fi",
    "finska": "fi",
    "sv": "sv",
    "ruotsi": "sv",
    "swedish": "sv",
    "svenska": "sv",
    "en": "en",
    "englanti": "en",
    "english": "en",
    "engelska": "en",
}


class ImportFailed(UserError):
    """The file cannot be imported; nothing was changed."""

    def __init__(
        self,
        text: str,
        *,
        problems: list[RowProblem] | None = None,
        translate_params: dict[str, str] | None = None,
        **params: object,
    ) -> None:
        super().__init__(text, translate_params=translate_params, **params)
        self.problems = problems or []


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it (header = 1)
    error: UserError


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Preview:
    mapping: dict[str, int]
    channels: list[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    """The spreadsheet row of each entry of ``channels``."""


def read_table(path: Path) -> Table:
    """The first sheet of an .xlsx, or a CSV in UTF-8 (with or without BOM) or Windows-1252."""
    if not path.is_file():
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path)
        )
    data = path.read_bytes()
    rows = _xlsx_rows(path) if data[:4] == b"PK\x03\x04" else _csv_rows(data, path.name)
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} has no rows to import: expected a header row and one row per channel.",
            ),
            path=path.name,
        )
    width = len(rows[0])
    return Table([h.strip() for h in rows[0]], [(r + [""] * width)[:width] for r in rows[1:]])


def _xlsx_rows(path: Path) -> list[list[str]]:
    # openpyxl takes 0.4 s to import: only a spreadsheet needs it.
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a readable Excel workbook."), path=path.name
        ) from exc
    try:
        sheet = book.worksheets[0]
        return [
            ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
        ]
    except Exception as exc:  # the sheet is read lazily: a damaged sheet fails only here
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a readable Excel workbook."), path=path.name
        ) from exc
    finally:
        book.close()


def _not_text(name: str) -> ImportFailed:
    return ImportFailed(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a readable table: its text is neither UTF-8 nor Windows-1252 (or"
            " the file is damaged or cut off). Nothing was imported. Save it again from the"
            " spreadsheet as CSV UTF-8 or as .xlsx.",
        ),
        path=name,
    )


# A letter written in UTF-8 (two to four bytes): in a file that is not UTF-8, a sign of two
# encodings mixed (rows pasted from elsewhere), which Windows-1252 would turn into "Ã¤".
_UTF8_LETTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _decode(data: bytes, name: str) -> str:
    """The text of a CSV: UTF-16 with its byte order mark (Excel's "Unicode text"), UTF-8,
    or Windows-1252 — never a guess over a UTF-8 file that is damaged or cut in a letter."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_text(name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.end >= len(data) or _UTF8_LETTER.search(data):
            raise _not_text(name) from None  # UTF-8 with a broken, cut-off or foreign letter
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _not_text(name) from None


def _csv_rows(data: bytes, name: str) -> list[list[str]]:
    text = _decode(data, name)
    if "\x00" in text:
        raise _not_text(name)
    first = text.splitlines()[0] if text else ""
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as error:  # a field longer than csv allows, a quote left open
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a readable CSV table (line {line}: {reason})."
            ),
            path=name,
            line=reader.line_num,
            reason=str(error),
        ) from None
    ended = text.endswith(("\n", "\r"))
    if rows and not ended and len(rows) > 1 and len(rows[-1]) < len(rows[0]):
        raise ImportFailed(  # a file cut in the middle of its last row (a half channel)
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} seems cut off: its last row ({line}) stops after {cells} of {columns}"
                " columns. Nothing was imported; save the whole file again.",
            ),
            path=name,
            line=len(rows),
            cells=len(rows[-1]),
            columns=len(rows[0]),
        )
    return rows


def suggest_mapping(headers: list[str]) -> dict[str, int]:
    """Which column holds each field, guessed from the header words."""
    mapping: dict[str, int] = {}
    for name, words in HEADER_WORDS.items():
        for index, header in enumerate(headers):
            if index in mapping.values():
                continue
            if re.sub(r"\s+", " ", header.strip().lower()) in words:
                mapping[name] = index
                break
    return mapping


def preview(table: Table, mapping: dict[str, int]) -> Preview:
    """Every row validated and normalised; problems named by spreadsheet row number."""
    result = Preview(mapping)
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose which column holds the {field}: it is needed for every channel."
            ),
            translate_params={"field": "ImportField"},
            field=FIELD_LABELS[missing[0]],
        )
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(table.rows, start=2):
        values = {f: row[i].strip() for f, i in mapping.items()}
        try:
            result.channels.append(_channel(values))
            result.row_numbers.append(number)
        except UserError as error:
            result.problems.append(RowProblem(number, error))
            continue
        key = (result.channels[-1]["platform"], result.channels[-1]["handle"].lower())
        if key in seen:
            result.problems.append(
                RowProblem(
                    number,
                    ImportFailed(
                        QT_TRANSLATE_NOOP("Errors", "The same account is already on row {row}."),
                        row=seen[key],
                    ),
                )
            )
        seen[key] = number
    return result


FIELD_LABELS = {
    "platform": QT_TRANSLATE_NOOP("ImportField", "platform"),
    "address": QT_TRANSLATE_NOOP("ImportField", "address or handle"),
    "display_name": QT_TRANSLATE_NOOP("ImportField", "name"),
    "unit": QT_TRANSLATE_NOOP("ImportField", "unit"),
    "status": QT_TRANSLATE_NOOP("ImportField", "status"),
    "languages": QT_TRANSLATE_NOOP("ImportField", "languages"),
    "purpose": QT_TRANSLATE_NOOP("ImportField", "purpose"),
}


def _channel(values: dict[str, str]) -> dict[str, Any]:
    platform = PLATFORM_WORDS.get(values.get("platform", "").lower())
    if platform is None:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Errors", "Unknown service “{value}”: expected one of {known}."),
            value=values.get("platform", ""),
            known=", ".join(p.name for p in PLATFORMS.values()),
        )
    normal = normalise(platform, values.get("address", ""))
    status = (
        STATUS_WORDS.get(values.get("status", "").lower(), "active")
        if values.get("status")
        else "active"
    )
    if values.get("status") and values["status"].lower() not in STATUS_WORDS:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Errors", "Unknown status “{value}”."), value=values["status"]
        )
    words = [w for w in re.split(r"[,;/ ]+", values.get("languages", "").lower()) if w]
    unknown = [w for w in words if w not in LANGUAGE_WORDS]
    if unknown:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("Errors", "Unknown language “{value}”."), value=unknown[0]
        )
    # None: the inventory does not say; the channel posts in the organisation's languages.
    languages = ",".join(dict.fromkeys(LANGUAGE_WORDS[w] for w in words)) or None
    return {
        "platform": platform,
        "handle": normal.handle,
        "url": normal.url,
        "display_name": values.get("display_name", ""),
        "status": status,
        "languages": languages,
        "purpose": values.get("purpose", ""),
        "unit": values.get("unit", ""),
    }


def already_registered(engine: Engine, checked: Preview) -> list[RowProblem]:
    """Rows whose account is in the register already (the preview shows these too)."""

    with session_scope(engine) as s:
        existing = {(c.platform, c.handle.lower()) for c in s.exec(select(Channel))}
    return [
        RowProblem(
            number,
            ImportFailed(
                QT_TRANSLATE_NOOP("Errors", "{handle} is already in the register."),
                handle=values["handle"],
            ),
        )
        for number, values in zip(checked.row_numbers, checked.channels, strict=True)
        if (values["platform"], values["handle"].lower()) in existing
    ]


def import_channels(
    engine: Engine, table: Table, mapping: dict[str, int], *, actor_id: int | None = None
) -> int:
    """Import every row or none: any problem, or a channel already registered, stops it all."""

    checked = preview(table, mapping)
    if checked.problems:
        first = checked.problems[0]
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was imported. Rows with problems: {count}; the first is row {row}:"
                " {reason}",
            ),
            problems=checked.problems,
            count=len(checked.problems),
            row=first.row,
            reason=first.error,
        )
    organisation_languages = ",".join(load_organisation(engine).content_languages)
    with session_scope(engine) as s:
        units = {u.name.lower(): u for u in s.exec(select(Unit))}
        existing = {(c.platform, c.handle.lower()) for c in s.exec(select(Channel))}
        for number, values in zip(checked.row_numbers, checked.channels, strict=True):
            if (values["platform"], values["handle"].lower()) in existing:
                raise ImportFailed(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Nothing was imported: row {row}, {handle}, is already in the register.",
                    ),
                    row=number,
                    handle=values["handle"],
                )
            values = dict(values)
            unit_name = values.pop("unit")
            unit = None
            if unit_name:
                unit = units.get(unit_name.lower())
                if unit is None:
                    unit = units[unit_name.lower()] = Unit(name=unit_name)
                    s.add(unit)
                    s.flush()
            values["languages"] = values["languages"] or organisation_languages
            values["colour"] = colour_for_new(s)
            channel = Channel(**values, unit_id=unit.id if unit else None)
            s.add(channel)
            s.flush()
            audit.record(
                s,
                "channel.import",
                entity="channel",
                entity_id=channel.id,
                actor_id=actor_id,
                row=number,
            )
    return len(checked.channels)
