"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation is full. When
that is a worker (the register loading in the thread pool) and the garbage holds a widget,
a signal connection or a lambda that closes over one, Qt objects are destroyed on the wrong
thread and the process dies with a segmentation fault. So automatic collection is switched
off and a timer on the GUI thread collects with the same generation thresholds instead:
what Python would have done, on the thread that owns the widgets.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)
        gc.disable()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count is over its threshold (as Python does)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for *app*; later calls return the same one."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
