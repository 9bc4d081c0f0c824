"""Make the application icon's sizes from its one source, ``resources/icons/kuntasome.svg``.

Writes into a folder (default ``build/icons``):

- ``kuntasome-<N>.png`` for N in 16 … 1024 (the Linux hicolor theme and the .deb),
- ``kuntasome.ico`` (Windows: the executables, the installer, the uninstaller entry),
- ``kuntasome.icns`` (macOS: the .app bundle and the disk image).

The SVG is drawn by Qt's own SVG renderer (PySide6-Essentials has it; the window draws the
same file the same way), the ICO and ICNS containers are written by Pillow, which matplotlib
already brings along. Nothing made here is committed: the build makes it.

    python packaging/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "kuntasome.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out: Path) -> dict[int, Path]:
    """The SVG drawn at every size, antialiased on a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    made: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"kuntasome-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"{path}: could not be written")
        made[size] = path
    return made


def make_icons(out: Path) -> Path:
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    largest = Image.open(pngs[max(ICO_SIZES)])
    # Each size from its own rendering (sharper at 16 px than a scaled-down 256 px).
    ico_images = [Image.open(pngs[size]) for size in ICO_SIZES]
    largest.save(
        out / "kuntasome.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_images,
    )
    Image.open(pngs[1024]).save(
        out / "kuntasome.icns",
        format="ICNS",
        append_images=[Image.open(pngs[s]) for s in (16, 32, 64, 128, 256, 512)],
    )
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    print(make_icons(target))
