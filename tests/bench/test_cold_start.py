"""Cold start to the first painted main window, against a bare PySide6 window.

Both start as fresh processes on the same large SQLite file, alternately, in one run;
the child reports the wall-clock moment of its window's first paint event.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kuntasome.core.paths import DataPaths

RUNS = 7

PEAK = r"""
def peak_mb():
    # VmHWM is reset by exec; ru_maxrss would include the forking parent's peak.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""

BARE = (
    PEAK
    + r"""
import json, sqlite3, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
con = sqlite3.connect(sys.argv[1])
channels = con.execute("SELECT COUNT(*) FROM channel").fetchone()[0]
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel(f"{channels} channels"))
window.resize(1180, 760)
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"painted": time.time(), "rss_mb": peak_mb()}))
            sys.stdout.flush()
            app.exit(0)
        return False
first = First()
window.installEventFilter(first)
window.show()
app.exec()
"""
)

APP = (
    PEAK
    + r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
result = {}
# The first paint is seen by the window's own paintEvent: an event filter on the whole
# application would make PySide create a Python type for every internal object whose events
# pass through it (52 ms for the section list alone), which the bare window never pays.
from kuntasome.ui import main_window
painting = main_window.MainWindow.paintEvent
def first_paint(window, event):
    painting(window, event)
    if "painted" not in result:
        result["painted"] = time.time()
        QTimer.singleShot(0, lambda: wait_for_overview(window))
main_window.MainWindow.paintEvent = first_paint
def wait_for_overview(window):
    if not window.ready or (window.today.overview is None and window.today.error is None):
        QTimer.singleShot(10, lambda: wait_for_overview(window))
        return
    result["overview"] = time.time()
    result["rss_mb"] = peak_mb()
    print(json.dumps(result)); sys.stdout.flush()
    window.close()
from kuntasome.cli import main  # the real entry point of the `kuntasome` command
main(["--data-dir", sys.argv[1]])
"""
)


def _start(script: str, arg: str) -> dict[str, float]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, arg], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["to_paint"] = data["painted"] - started
    if "overview" in data:
        data["to_overview"] = data["overview"] - started
    return data


def test_cold_start_against_a_bare_window(large_paths: DataPaths) -> None:
    db = str(large_paths.database)
    _start(BARE, db), _start(APP, str(large_paths.root))  # warm the OS file cache once
    bare, ours = [], []
    for _ in range(RUNS):
        bare.append(_start(BARE, db))
        ours.append(_start(APP, str(large_paths.root)))
    bare_paint = statistics.median(r["to_paint"] for r in bare)
    our_paint = statistics.median(r["to_paint"] for r in ours)
    our_overview = statistics.median(r["to_overview"] for r in ours)
    peak = max(r["rss_mb"] for r in ours)
    ratio = our_paint / bare_paint
    print(
        f"\ncold start, median of {RUNS}: bare PySide6 window {bare_paint * 1000:.0f} ms,"
        f" KuntaSome first paint {our_paint * 1000:.0f} ms (ratio {ratio:.2f}),"
        f" Today overview filled at {our_overview * 1000:.0f} ms;"
        f" peak memory {peak:.0f} MB (bare {max(r['rss_mb'] for r in bare):.0f} MB)"
    )
    assert ratio <= 1.5
    assert peak <= 300
    assert Path(db).exists()
