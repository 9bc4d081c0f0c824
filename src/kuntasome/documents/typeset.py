"""Every PDF the app writes: a Typst template under resources/typst, filled with JSON data.

Typst (the ``typst`` wheel, no Qt, no display) makes a tagged PDF/A-2a that also claims
PDF/UA-1: a structure tree, the document's language, its title shown in the viewer, an
outline from the headings, table headers and alternative texts for figures, fonts embedded.

Data goes in as a JSON file the template reads, never as markup pasted together: a title
with ``#`` or ``*`` in it prints as typed. Pictures go in as files beside it.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import typst

from kuntasome.core.files import Workspace

# PDF/A-2 level a (accessible: tagged) and PDF/UA-1 (what Finnish Act 306/2019 and the
# Swedish DOS-lag ask of a document a public body publishes).
STANDARDS = ["a-2a", "ua-1"]
FONT_FAMILY = "Noto Sans"


def _resource(name: str) -> Path:
    return Path(str(resources.files("kuntasome") / "resources" / name))


def font_dir() -> Path:
    return _resource("fonts")


def template_dir() -> Path:
    return _resource("typst")


class TypesetError(RuntimeError):
    """A template failed to compile: a defect in the app, not something a user did."""


def _compile(
    template: str, data: Mapping[str, Any], files: Mapping[str, bytes], **options: Any
) -> Any:
    # In a workspace of the system's temporary folder, locked while it is used: the data
    # (the moderation log's comments, a screenshot) in one that a killed process left there
    # is removed by the next document.
    with Workspace(Path(tempfile.gettempdir())) as workspace:
        root = workspace.path
        for source in template_dir().glob("*.typ"):
            shutil.copyfile(source, root / source.name)
        (root / "data.json").write_text(
            json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8"
        )
        for name, content in files.items():
            target = root / "files" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        try:
            return typst.compile(
                str(root / f"{template}.typ"),
                root=str(root),
                font_paths=[str(font_dir())],
                ignore_system_fonts=True,  # the same look on every machine
                **options,
            )
        except Exception as exc:  # typst raises its own TypstError (and warnings as errors)
            raise TypesetError(f"{template}.typ: {exc}") from exc


def typeset_pdf(
    template: str, data: Mapping[str, Any], files: Mapping[str, bytes] | None = None
) -> bytes:
    """The document as PDF/A-2a + PDF/UA-1 bytes."""
    result = _compile(template, data, files or {}, pdf_standards=STANDARDS)
    assert isinstance(result, bytes)
    return result


def typeset_png(
    template: str, data: Mapping[str, Any], files: Mapping[str, bytes] | None = None, ppi: int = 60
) -> list[bytes]:
    """The document's pages as PNG pictures (the preview)."""
    result = _compile(template, data, files or {}, format="png", ppi=ppi)
    return list(result) if isinstance(result, list) else [result]
