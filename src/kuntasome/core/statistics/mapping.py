"""Any other table with a date column: the user says which column holds what, once; the
mapping is kept for the next file with the same columns."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from kuntasome.core.db import session_scope
from kuntasome.core.models import ColumnMapping
from kuntasome.core.statistics.importers.cells import DateColumn, number
from kuntasome.core.statistics.importers.detect import shape_signature
from kuntasome.core.statistics.importers.parsed import Parsed, cell
from kuntasome.core.statistics.importers.tables import Table
from kuntasome.core.statistics.metrics import DAILY_METRICS

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass
class ColumnMap:
    header_row: int
    date_column: int
    metrics: dict[int, str] = field(default_factory=dict)  # column → a DAILY_METRICS name

    def to_json(self) -> str:
        return json.dumps(
            {
                "header_row": self.header_row,
                "date_column": self.date_column,
                "metrics": {str(k): v for k, v in self.metrics.items()},
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMap:
        data = json.loads(text)
        return cls(
            int(data["header_row"]),
            int(data["date_column"]),
            {int(k): v for k, v in data["metrics"].items() if v in DAILY_METRICS},
        )


def header_row(table: Table) -> int:
    """The first row with at least two filled cells: the likely header."""
    for index, row in enumerate(table.rows[:20]):
        if len([c for c in row if c not in (None, "")]) >= 2:
            return index
    return 0


def signature(table: Table, row: int | None = None) -> str:
    return shape_signature(list(table.rows[header_row(table) if row is None else row]))


def apply_mapping(table: Table, mapping: ColumnMap) -> Parsed:
    parsed = Parsed("", "mapped", accounts={"": ""})
    body = table.rows[mapping.header_row + 1 :]
    dates = DateColumn(cell(r, mapping.date_column) for r in body)
    for row in body:
        day = dates.parse(cell(row, mapping.date_column))
        if not isinstance(day, date):
            continue
        parsed.rows += 1
        for column, metric in mapping.metrics.items():
            parsed.add(
                "", day, metric, number(cell(row, column), decimal_comma=table.decimal_comma)
            )
    return parsed


def saved_mapping(engine: Engine, table: Table) -> ColumnMap | None:
    with session_scope(engine) as s:
        row = s.exec(
            select(ColumnMapping).where(ColumnMapping.signature == signature(table))
        ).first()
        return ColumnMap.from_json(row.mapping_json) if row else None


def save_mapping(engine: Engine, table: Table, mapping: ColumnMap) -> None:
    key = signature(table, mapping.header_row)
    with session_scope(engine) as s:
        row = s.exec(select(ColumnMapping).where(ColumnMapping.signature == key)).first()
        if row is None:
            s.add(
                ColumnMapping(
                    signature=key, platform="", kind="mapped", mapping_json=mapping.to_json()
                )
            )
        else:
            row.mapping_json = mapping.to_json()


def preview(table: Table, rows: int = 8) -> list[list[Any]]:
    start = header_row(table)
    return [list(r) for r in table.rows[start : start + 1 + rows]]
