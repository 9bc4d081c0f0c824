"""Icons shipped in the package's resources folder."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

LINE_COLOUR = "#2f4858"
SELECTED_COLOUR = "#ffffff"


@cache
def icon(name: str) -> QIcon:
    """An SVG icon; line icons also get a white variant for selected (dark) rows."""
    svg = (resources.files("kuntasome") / "resources" / "icons" / f"{name}.svg").read_bytes()
    result = QIcon()
    normal = QPixmap()
    normal.loadFromData(svg, "SVG")
    result.addPixmap(normal, QIcon.Mode.Normal)
    if LINE_COLOUR.encode() in svg:
        selected = QPixmap()
        selected.loadFromData(svg.replace(LINE_COLOUR.encode(), SELECTED_COLOUR.encode()), "SVG")
        result.addPixmap(selected, QIcon.Mode.Selected)
    return result
