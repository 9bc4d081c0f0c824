"""Icons shipped in the package's resources folder."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """An SVG icon, rendered only when first painted (a file-backed icon engine)."""
    return QIcon(str(resources.files("kuntasome") / "resources" / "icons" / f"{name}.svg"))
