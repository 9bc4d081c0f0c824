"""Schema revisions this version knows, readable without importing Alembic.

Start-up compares the database's revision with :data:`HEAD` using plain ``sqlite3``, so a
database that is already current opens without loading the migration machinery.
A test checks that this list matches the Alembic scripts exactly.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
)
HEAD = REVISIONS[-1]
