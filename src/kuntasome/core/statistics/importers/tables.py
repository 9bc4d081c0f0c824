"""Any export file as tables of text cells: CSV in any encoding and delimiter, .xlsx, real
BIFF .xls, SpreadsheetML disguised as .xls, JSON and CAR archives. Chosen by the bytes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Count


class UnreadableFile(UserError):
    pass


#: Bounds no export comes near (a ten-year YouTube chart export of a million rows is 40 MB;
#: a daily export of ten years is 3,650 rows): a file beyond them is refused at once, and
#: while it is read, instead of filling the memory for minutes. Memory is bounded by the
#: cells kept (about 90 bytes each) and the text of the file.
MAX_FILE_BYTES = 256 << 20
MAX_UNPACKED_BYTES = 1 << 30  # what a workbook's zip unpacks to (a "zip bomb" unpacks to more)
MAX_COLUMNS = 5000
MAX_ROWS = 2_000_000
MAX_CELLS = 8_000_000  # rows times their cells, over all sheets (about 700 MB kept at most)
MAX_CELL_CHARS = csv.field_size_limit()  # 131,072; Excel holds at most 32,767 in a cell


class _Bounds:
    """Counts the cells of a file as its rows are read, and refuses the file at the first row
    beyond a bound (so a million-row or million-column file is never all in memory)."""

    def __init__(self, name: str) -> None:
        self.name, self.rows, self.cells = name, 0, 0

    def rows_of(self, rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
        kept: list[list[Any]] = []
        for row in rows:
            self.count(row)
            kept.append(row if isinstance(row, list) else list(row))
        return kept

    def count(self, row: Sequence[Any]) -> None:
        """Count one more row; refuse the file if it is beyond a bound."""
        self.rows += 1
        self.cells += len(row)
        if len(row) > MAX_COLUMNS:
            raise UnreadableFile(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has {columns} columns; no export has more than {limit}. Nothing"
                    " was imported.",
                ),
                name=self.name,
                columns=Count(len(row)),
                limit=Count(MAX_COLUMNS),
            )
        if self.rows > MAX_ROWS or self.cells > MAX_CELLS:
            raise UnreadableFile(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has more rows than any export ({limit} at most, or {cells}"
                    " cells). Split it by period in the service and import the parts."
                    " Nothing was imported.",
                ),
                name=self.name,
                limit=Count(MAX_ROWS),
                cells=Count(MAX_CELLS),
            )


@dataclass
class Table:
    """One sheet (or CSV file): rows of cells; *preamble* holds the lines above the header
    that are not part of the table (Excel's ``sep=,`` hint, a metric title)."""

    rows: list[list[Any]]
    name: str = ""
    preamble: list[str] = field(default_factory=list)
    decimal_comma: bool = False


@dataclass
class Document:
    """What a file holds: tables, or a JSON/CAR document for the archive readers."""

    tables: list[Table] = field(default_factory=list)
    json: Any = None
    car: bytes | None = None
    sha256: str = ""  # of the file's bytes, read once for both recognising and recording


def decode(data: bytes) -> str:
    """Text by its byte order mark, else UTF-8, else Windows-1252 (never a guess that fails)."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if len(data) > 3 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        return data.decode("utf-16-le", errors="replace")  # UTF-16 without its mark
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _sniff_delimiter(lines: list[str]) -> str:
    best, best_score = ",", -1
    for delimiter in (",", ";", "\t"):
        counts = [len(row) for row in csv.reader(lines[:30], delimiter=delimiter) if any(row)]
        if not counts:
            continue
        widest = max(counts)
        consistent = sum(1 for c in counts if c == widest)
        score = consistent * 1000 + widest if widest > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_text(text: str, bounds: _Bounds | None = None) -> Table:
    preamble: list[str] = []
    delimiter = None
    first_line = text[: text.find("\n") if "\n" in text else len(text)]
    if first_line.strip().casefold().startswith("sep="):
        delimiter = first_line.strip()[4:5] or ","
        preamble.append(first_line.strip())
        text = text[len(first_line) + 1 :]
    delimiter = delimiter or _sniff_delimiter(text[:20_000].splitlines())
    # Cells are kept as read; the readers strip what they parse (a million rows of six
    # cells would otherwise cost six million strip() calls before anything is recognised).
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = (bounds or _Bounds("")).rows_of(reader)
    except csv.Error as error:
        if "field larger than field limit" not in str(error):
            raise
        raise UnreadableFile(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} has a cell of more than {limit} characters on line {line}; no export"
                " has one. Nothing was imported.",
            ),
            name=bounds.name if bounds else "",
            limit=Count(MAX_CELL_CHARS),
            line=reader.line_num,
        ) from error
    # Whole lines wrapped in one quoted cell (a damaged re-save): parse each cell again.
    sample = [r for r in rows[:50] if r]
    if sample and all(len(r) == 1 for r in sample) and any(delimiter in r[0] for r in sample[:5]):
        rows = [next(csv.reader([r[0]], delimiter=delimiter)) if r else [] for r in rows]
    # A title line above the header (Meta's single-metric exports): one cell, then the table.
    while len(rows) > 2 and len([c for c in rows[0] if c.strip()]) == 1 and len(rows[1]) > 1:
        preamble.append(rows.pop(0)[0].strip())
    return Table(rows=rows, preamble=preamble, decimal_comma=delimiter == ";")


def _xlsx(data: bytes, bounds: _Bounds) -> list[Table]:
    # openpyxl (0.4 s to import) and xlrd load only for a file in their format.
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [
            Table(rows=bounds.rows_of(sheet.iter_rows(values_only=True)), name=sheet.title)
            for sheet in workbook.worksheets
        ]
    finally:
        workbook.close()


def _xls(data: bytes, bounds: _Bounds) -> list[Table]:
    # xlrd: see _xlsx.
    import xlrd

    book = xlrd.open_workbook(file_contents=data)
    tables = []
    for sheet in book.sheets():

        def cells(r: int, sheet: Any = sheet) -> list[Any]:
            return [
                xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                if cell.ctype == xlrd.XL_CELL_DATE
                else cell.value
                for cell in sheet.row(r)
            ]

        rows = bounds.rows_of(cells(r) for r in range(sheet.nrows))
        tables.append(Table(rows=rows, name=sheet.name))
    return tables


def _spreadsheet_ml(data: bytes, bounds: _Bounds) -> list[Table]:
    """Excel 2003 XML ("SpreadsheetML"), which legacy Facebook Insights saved as .xls."""
    ns = {"ss": "urn:schemas-microsoft-com:office:spreadsheet"}
    root = ET.fromstring(data)
    tables = []
    for sheet in root.iterfind("ss:Worksheet", ns):
        rows: list[list[Any]] = []
        for row in sheet.iterfind("ss:Table/ss:Row", ns):
            cells: list[Any] = []
            for cell in row.iterfind("ss:Cell", ns):
                index = cell.get(f"{{{ns['ss']}}}Index")
                if index:
                    cells.extend([""] * (int(index) - 1 - len(cells)))
                value = cell.find("ss:Data", ns)
                cells.append("".join(value.itertext()) if value is not None else "")
            bounds.count(cells)
            rows.append(cells)
        tables.append(Table(rows=rows, name=sheet.get(f"{{{ns['ss']}}}Name", "")))
    return tables


def _too_large(name: str, size: int, limit: int) -> UnreadableFile:
    return UnreadableFile(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is too large to be an export ({size} MB; at most {limit} MB). Nothing was"
            " imported.",
        ),
        name=name,
        size=Count(size >> 20),
        limit=Count(limit >> 20),
    )


def _check_zip(data: bytes, name: str) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        return  # openpyxl says it better
    if unpacked > MAX_UNPACKED_BYTES:
        raise _too_large(name, unpacked, MAX_UNPACKED_BYTES)


def read_document(path: Path) -> Document:
    """The file's content, chosen by its bytes (the name and extension may lie)."""
    try:
        if path.exists() and not path.is_file():  # /dev/zero would be read for ever
            raise UnreadableFile(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not an ordinary file. Choose the exported file itself."
                ),
                name=path.name or str(path),
            )
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(path.name, size, MAX_FILE_BYTES)
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be read: {reason}"),
            name=path.name,
            reason=error.strerror or type(error).__name__,
        ) from error
    if not data.strip():
        raise UnreadableFile(QT_TRANSLATE_NOOP("Errors", "{name} is empty."), name=path.name)
    document = _document(data, path.name)
    document.sha256 = hashlib.sha256(data).hexdigest()
    return document


def _document(data: bytes, name: str) -> Document:
    bounds = _Bounds(name)
    try:
        if data.startswith(b"PK\x03\x04"):
            _check_zip(data, name)
            return Document(tables=_xlsx(data, bounds))
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            return Document(tables=_xls(data, bounds))
        head = data[:2000].lstrip()
        if (
            head.startswith((b"<?xml", b"<Workbook"))
            and b"urn:schemas-microsoft-com:office:spreadsheet" in data[:5000]
        ):
            return Document(tables=_spreadsheet_ml(data, bounds))
        if head[:1] in (b"{", b"["):
            return Document(json=json.loads(data.decode("utf-8-sig")))
        if b"roots" in data[:64] and b"version" in data[:80]:
            return Document(car=data)
        return Document(tables=[read_csv_text(decode(data), bounds)])
    except UserError:
        raise
    except Exception as error:  # a damaged workbook or JSON: say so, import nothing
        raise UnreadableFile(
            QT_TRANSLATE_NOOP("Errors", "{name} is damaged or not an export file: {reason}"),
            name=name,
            reason=str(error)[:200],
        ) from error
