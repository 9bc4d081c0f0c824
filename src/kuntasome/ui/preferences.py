"""This computer's preferences (``core.settings`` declares them), in the data folder's
settings file — typed, so no key is spelled twice and no caller converts a value."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from kuntasome.core.paths import DataPaths
from kuntasome.core.settings import MachineSetting

T = TypeVar("T")


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def open(cls, paths: DataPaths) -> Preferences:
        return cls(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))

    def has(self, setting: MachineSetting[Any]) -> bool:
        return self._settings.value(setting.key) is not None

    def get(self, setting: MachineSetting[T]) -> T:
        """The stored value, or the default when it is missing or not of the right type."""
        value = self._settings.value(setting.key)
        default = setting.default
        if value is None or value == "":
            return default
        if isinstance(default, bytes):
            if isinstance(value, QByteArray):
                return bytes(value.data())  # type: ignore[return-value]
            return bytes(value) if isinstance(value, bytes | bytearray) else default  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(str(value))  # type: ignore[return-value]
            except ValueError:
                return default
        return str(value)  # type: ignore[return-value]

    def set(self, setting: MachineSetting[T], value: T) -> None:
        self._settings.setValue(
            setting.key, QByteArray(value) if isinstance(value, bytes) else value
        )

    def sync(self) -> None:
        self._settings.sync()
