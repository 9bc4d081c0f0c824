"""``python -m kuntasome`` and the ``kuntasome`` command."""

from __future__ import annotations

import sys

from kuntasome.cli import main as cli_main


def main() -> int:
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
