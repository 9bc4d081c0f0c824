"""The small application context handed to windows and dialogs: no global registry."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from kuntasome.core.database import DatabaseInfo
from kuntasome.core.paths import DataPaths

from kuntasome.ui.translations import LanguageManager

if TYPE_CHECKING:
    from kuntasome.core.db import Engine


class DataEvents(QObject):
    """Broadcasts what changed; each view decides whether to refresh."""

    changed = Signal(str)


@dataclass
class AppContext:
    paths: DataPaths
    database: DatabaseInfo
    settings: QSettings
    languages: LanguageManager
    events: DataEvents = field(default_factory=DataEvents)
    _engine: Engine | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def engine(self) -> Engine:
        """The database engine, made on first use (SQLAlchemy loads only then)."""
        with self._lock:
            if self._engine is None:
                from kuntasome.core.db import make_engine

                self._engine = make_engine(self.database.url)
            return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
