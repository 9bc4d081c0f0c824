"""The one place that decides where KuntaSome keeps its files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "KuntaSome"
DB_FILE_NAME = "kuntasome.sqlite"
ENV_DATA_DIR = "KUNTASOME_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user application data folder.

    Windows: ``%LOCALAPPDATA%\\KuntaSome`` (local, not roaming: a SQLite file must not be
    synchronised by a roaming profile); macOS: ``~/Library/Application Support/KuntaSome``;
    Linux: ``$XDG_DATA_HOME/KuntaSome``.
    """
    import platformdirs  # only when no folder was given: it is not free to import

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    """Files and folders inside one data folder."""

    root: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        chosen = data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir()
        return cls(Path(chosen).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database.as_posix()}"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "kuntasome.log"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"
