"""``python -m kuntasome`` and the ``kuntasome`` command."""

from __future__ import annotations

import sys

from kuntasome.cli import main as cli_main


def main() -> int:
    # A frozen application (PyInstaller) starts its own processes (the verifier's) by
    # running itself: this makes such a process do its work instead of starting the app.
    import multiprocessing

    multiprocessing.freeze_support()
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
