"""Icons shipped in the package's resources folder (the window's own: sections, the app).

Light on purpose: the window's first paint uses it. The services' drawn badges are in
:mod:`kuntasome.ui.service_icons`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """An SVG icon, rendered only when first painted (a file-backed icon engine)."""
    return QIcon(str(resources.files("kuntasome") / "resources" / "icons" / f"{name}.svg"))
