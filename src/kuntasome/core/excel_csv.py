"""CSV as Excel opens it in Finland and Sweden: UTF-8 with a byte order mark, semicolons —
and never a formula.

Comments, handles and reasons are written by the public, and a spreadsheet runs a cell that
begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) as a formula:
``=HYPERLINK(...)`` becomes a link, ``=cmd|' /C calc'!A0`` asks to run a program. Every text
cell the application writes that begins so is written with an apostrophe in front (OWASP's
rule for CSV injection): Excel and LibreOffice show it as text, and the apostrophe tells a
reader it was added. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

#: What a spreadsheet takes for the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: object) -> object:
    """*value* as a spreadsheet cell: text that would start a formula gets an apostrophe;
    numbers and empty values are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def excel_csv(rows: Iterable[Sequence[object]]) -> bytes:
    """The rows as a CSV file that Nordic Excel opens with its columns and letters intact,
    and with no cell it would run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows([spreadsheet_text(value) for value in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
