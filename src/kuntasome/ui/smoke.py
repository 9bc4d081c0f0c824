"""The installed application's self-test: ``kuntasome --smoke-test``.

An installer's test (``packaging/linux/build-and-smoke-test.sh``, the release workflow) starts
the installed program this way. It opens the real window on the real data folder, waits
until the Today page has loaded its figures from the database, prints one line of JSON — the
version, the window's title, its sections in the user's language, the database and the keyring
back ends — to standard output, closes the window and ends: 0 if the overview loaded, 1 if it
failed or did not come within the time limit. Nothing is asked (no welcome dialog) and no
backup is written. The option is for installers and support, so it is not in ``--help``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, qVersion

from kuntasome import __version__

if TYPE_CHECKING:
    from kuntasome.ui.main_window import MainWindow

POLL_MS = 50


class SmokeTest(QObject):
    """Watches *window* until its overview has loaded or *timeout_s* has passed."""

    def __init__(self, window: MainWindow, *, timeout_s: float = 60.0) -> None:
        super().__init__(window)
        self.window = window
        self.started = time.monotonic()
        self.deadline = self.started + timeout_s
        QTimer.singleShot(POLL_MS, self, self._poll)

    def _poll(self) -> None:
        window = self.window
        loaded = window.ready and (
            window.today.overview is not None or window.today.error is not None
        )
        if not loaded and time.monotonic() < self.deadline:
            QTimer.singleShot(POLL_MS, self, self._poll)
            return
        self._report(loaded)

    def _report(self, loaded: bool) -> None:
        import keyring

        window = self.window
        error = window.today.error if window.ready else None
        ok = loaded and error is None
        chosen = keyring.get_keyring()  # one back end, or a chainer of several by priority
        backends = [type(b) for b in getattr(chosen, "backends", [chosen])]
        report = {
            "ok": ok,
            "version": __version__,
            "qt": qVersion(),
            "title": window.windowTitle(),
            "language": window.context.languages.language,
            "sections": [window.nav.item(i).text() for i in range(window.nav.count())],
            "database": window.context.database.display_name,
            "keyring": [f"{b.__module__}.{b.__qualname__}" for b in backends],
            "seconds": round(time.monotonic() - self.started, 2),
        }
        if not ok:
            report["error"] = error if loaded else "the overview did not load in time"
        print(json.dumps(report, ensure_ascii=False), flush=True)
        window.close()
        QCoreApplication.exit(0 if ok else 1)


def report_failure(message: str) -> int:
    """What the self-test prints when the window cannot even open."""
    print(json.dumps({"ok": False, "version": __version__, "error": message}), flush=True)
    print(message, file=sys.stderr)
    return 1
