"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation is full. When
that is a worker (the register loading in the thread pool) and the garbage holds a widget,
a signal connection or a lambda that closes over one, Qt objects are destroyed on the wrong
thread and the process dies with a segmentation fault. So automatic collection is switched
off and a timer on the GUI thread collects with the same generation thresholds instead:
what Python would have done, on the thread that owns the widgets. A full collection (the
oldest generation) runs at most every :data:`FULL_EVERY_S` seconds: Python itself holds those
back until enough long-lived objects are new, and the first seconds after start, when the
imports have made many objects and none of them are garbage, have none.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
FULL_EVERY_S = 20.0


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)
        gc.disable()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count is over its threshold (as Python does)."""
        counts = gc.get_count()
        now = time.monotonic()
        if counts[2] > self._thresholds[2] and now - self._last_full >= FULL_EVERY_S:
            gc.collect(2)
            self._last_full = now
        elif counts[1] > self._thresholds[1]:
            gc.collect(1)
        elif counts[0] > self._thresholds[0]:
            gc.collect(0)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for *app*; later calls return the same one."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
