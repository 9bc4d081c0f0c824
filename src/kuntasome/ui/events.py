"""What changed in the data, broadcast to every open view (see :mod:`kuntasome.ui.operations`).

Its own small module: the application context holds the broadcaster from the start, before
the first paint, when nothing of the operations machinery is loaded yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kuntasome.core.changes import Change


@dataclass(frozen=True)
class Changes:
    """What one operation changed, and the object that started it."""

    flags: Change
    initiator: object | None = None

    def concern(self, shown: Change, viewer: object | None = None) -> bool:
        """True when *viewer*, showing *shown*, should reload: it shows something that
        changed, and it did not make the change itself (it has drawn it already)."""
        return bool(self.flags & shown) and (viewer is None or self.initiator is not viewer)


class DataEvents(QObject):
    """Broadcasts what changed; each view decides whether to refresh."""

    changed = Signal(object)  # Changes

    def announce(self, flags: Change, initiator: object | None = None) -> None:
        if flags:
            self.changed.emit(Changes(flags, initiator))
