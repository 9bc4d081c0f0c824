"""Every setting declared once: key, scope, type, default and a translatable title.

Two scopes:

- **shared** — the organisation's and the team's settings, in the database (``setting``
  table), so every laptop of a team reads the same: a frozen dataclass whose fields are
  declared with :func:`shared`; :func:`load_shared` and :func:`save_shared` read and write it
  (a damaged stored value falls back to its default; a save audits the fields it changed).
- **machine** — this computer's preferences (language, window layout, who I am), declared
  as :class:`MachineSetting` constants; the window and the command line keep them in the
  settings file of the data folder (``ui/preferences``).

Organisation data — name, country, time zone — is shared only: never a copy per machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kuntasome.core import audit
from kuntasome.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported inside the functions: the window imports this module before its
# first paint, which must not wait for the ORM (tests/ui/test_startup.py guards the boundary).

T = TypeVar("T")


@dataclass(frozen=True)
class Declared:
    """A shared setting: its key in the database and what to call it."""

    key: str
    title: str  # source text in context "Settings"


def shared(key: str, default: Any, title: str) -> Any:
    """A field of a shared-settings dataclass, stored in the database under *key*."""
    return field(default=default, metadata={"declared": Declared(key, title)})


def declared(cls: type[Any]) -> dict[str, Declared]:
    """The declarations of a shared-settings dataclass, by field name."""
    return {f.name: f.metadata["declared"] for f in fields(cls) if "declared" in f.metadata}


def _text(value: Any) -> str:
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def _parse(text: str, default: Any) -> Any:
    """*text* read as the type of *default*; ValueError when it cannot be."""
    if isinstance(default, bool):
        if text not in ("True", "False"):
            raise ValueError(text)
        return text == "True"
    if isinstance(default, int):
        return int(text)
    if isinstance(default, time):
        return time.fromisoformat(text)
    if isinstance(default, tuple):
        return tuple(x for x in text.split(",") if x)
    return text


def load_shared(engine: Engine, cls: type[T]) -> T:
    """The stored values of *cls*' fields, each falling back to its default when missing
    or damaged; the defaults altogether when the result is not ``valid()``."""
    from sqlmodel import col, select

    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    keys = declared(cls)
    with session_scope(engine) as s:
        rows = s.exec(select(Setting).where(col(Setting.key).in_([d.key for d in keys.values()])))
        stored = {row.key: row.value for row in rows}
    defaults = cls()
    values: dict[str, Any] = {}
    for name, decl in keys.items():
        if decl.key not in stored:
            continue
        try:
            values[name] = _parse(stored[decl.key], getattr(defaults, name))
        except ValueError:
            continue  # a damaged value: the default
    result = replace(defaults, **values)  # type: ignore[type-var]
    valid = getattr(result, "valid", None)
    return defaults if valid is not None and not valid() else result


def save_shared(engine: Engine, values: Any, *, action: str, actor_id: int | None) -> list[str]:
    """Store *values* (a shared-settings dataclass); the names of the fields that changed,
    recorded in the audit log as *action*."""
    from kuntasome.core.db import session_scope
    from kuntasome.core.models import Setting

    changed = []
    with session_scope(engine) as s:
        for name, decl in declared(type(values)).items():
            text = _text(getattr(values, name))
            row = s.get(Setting, decl.key)
            if row is None:
                s.add(Setting(key=decl.key, value=text))
            elif row.value == text:
                continue
            else:
                row.value = text
            changed.append(name)
        if changed:
            audit.record(
                s, action, entity="setting", entity_id=None, actor_id=actor_id, fields=changed
            )
    return changed


@dataclass(frozen=True)
class MachineSetting(Generic[T]):
    """A preference of this computer, kept in the settings file of the data folder."""

    key: str
    default: T
    title: str  # source text in context "Settings"

    def for_database(self, database: str) -> MachineSetting[T]:
        """The same preference kept once per database (a laptop may open a test copy and
        the team's server)."""
        return replace(self, key=f"{self.key}/{database.replace('/', '_')}")


LANGUAGE: MachineSetting[str] = MachineSetting(
    "language", "", QT_TRANSLATE_NOOP("Settings", "Language of the program")
)
WINDOW_GEOMETRY: MachineSetting[bytes] = MachineSetting(
    "window/geometry", b"", QT_TRANSLATE_NOOP("Settings", "Size and place of the window")
)
WINDOW_STATE: MachineSetting[bytes] = MachineSetting(
    "window/state", b"", QT_TRANSLATE_NOOP("Settings", "Layout of the window")
)
WINDOW_SECTION: MachineSetting[int] = MachineSetting(
    "window/section", 0, QT_TRANSLATE_NOOP("Settings", "Section shown at start")
)
ME: MachineSetting[int] = MachineSetting(
    "user/person", 0, QT_TRANSLATE_NOOP("Settings", "You are (in the people register)")
)
BACKUP_KEEP: MachineSetting[int] = MachineSetting(
    "backup/keep", 14, QT_TRANSLATE_NOOP("Settings", "Automatic backups to keep")
)
BACKUP_COPY_FOLDER: MachineSetting[str] = MachineSetting(
    "backup/copy_folder",
    "",
    QT_TRANSLATE_NOOP("Settings", "Second folder for a copy of each automatic backup"),
)
LAST_BACKUP: MachineSetting[str] = MachineSetting(
    "backup/last", "", QT_TRANSLATE_NOOP("Settings", "When the last backup was made")
)
