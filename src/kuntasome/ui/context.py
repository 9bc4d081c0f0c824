"""The small application context handed to windows and dialogs: no global registry."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kuntasome.core.database import DatabaseInfo
from kuntasome.core.paths import DataPaths
from kuntasome.core.settings import ME, MachineSetting

from kuntasome.ui.events import DataEvents
from kuntasome.ui.preferences import Preferences
from kuntasome.ui.translations import LanguageManager

if TYPE_CHECKING:
    from kuntasome.core.channels.secrets import SecretStore
    from kuntasome.core.db import Engine


@dataclass
class AppContext:
    paths: DataPaths
    database: DatabaseInfo
    preferences: Preferences
    languages: LanguageManager
    events: DataEvents = field(default_factory=DataEvents)
    today: Callable[[], date] = date.today
    _engine: Engine | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _secrets: SecretStore | None = None

    def engine(self) -> Engine:
        """The database engine, made on first use (SQLAlchemy loads only then)."""
        with self._lock:
            if self._engine is None:
                # Imported here, not at the top: SQLAlchemy must not load before the first
                # paint (tests/ui/test_startup.py); the engine is first asked for after it.
                from kuntasome.core.db import make_engine

                self._engine = make_engine(self.database.url)
            return self._engine

    def secret_store(self) -> SecretStore:
        """The keyring-backed secret store; finding the keyring backend takes a moment, so
        pages warm this up in the background before a user asks for a secret."""
        engine = self.engine()
        with self._lock:
            if self._secrets is None:
                # Imported on first use: the channel core and keyring are not on the start path.
                from kuntasome.core.channels.secrets import SecretStore

                self._secrets = SecretStore(engine)
            return self._secrets

    def actor_id(self) -> int | None:
        """The person in the register this user said they are (Settings), if any."""
        return self.preferences.get(self._me()) or None

    def set_actor_id(self, person_id: int | None) -> None:
        self.preferences.set(self._me(), person_id or 0)

    def _me(self) -> MachineSetting[int]:
        # One person per database: the same laptop may open a test copy or the team server.
        return ME.for_database(self.database.display_name)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._secrets = None
