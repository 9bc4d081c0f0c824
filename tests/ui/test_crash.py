"""An unexpected error is logged with its traceback and shown with the log's path."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kuntasome.core.logsetup import configure_logging

from kuntasome.ui.crash import CrashHandler

from tests.ui.conftest import when_modal


@pytest.mark.logs_errors
def test_crash_is_logged_and_shown(qapp: QApplication, tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "kuntasome.log"
    configure_logging(log_file)
    seen: dict[str, str] = {}

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.update(text=box.text(), info=box.informativeText(), details=box.detailedText())
        box.close()

    when_modal(close)
    try:
        raise ValueError("kaatuminen testissä")
    except ValueError:
        CrashHandler(log_file)(*sys.exc_info())  # type: ignore[arg-type]
    logging.shutdown()
    assert "did not expect" in seen["text"]
    assert str(log_file) in seen["info"]
    assert "ValueError: kaatuminen testissä" in seen["details"]
    assert "ValueError: kaatuminen testissä" in log_file.read_text(encoding="utf-8")
    configure_logging(None)
