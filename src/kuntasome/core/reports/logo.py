"""The organisation's logo on a report's cover, kept in the shared database (the whole team's
reports carry the same one)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Setting

KEY = "reports.logo"
MAX_BYTES = 1_000_000
# What the cover can show as it is: the file's first bytes tell the format.
FORMATS = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}


@dataclass(frozen=True)
class Logo:
    format: str  # png, jpg or svg
    data: bytes

    @property
    def file_name(self) -> str:
        return f"logo.{self.format}"


def _format_of(data: bytes) -> str | None:
    for magic, name in FORMATS.items():
        if data.startswith(magic):
            return name
    head = data[:400].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:2000]):
        return "svg"
    return None


def save_logo(engine: Engine, path: Path | None, *, actor_id: int | None = None) -> Logo | None:
    """Use the picture at *path* as the logo (None: no logo)."""
    logo = None
    if path is not None:
        try:
            data = path.read_bytes()
        except OSError:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "There is no file {name}."), name=path.name
            ) from None
        fmt = _format_of(data)
        if fmt is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a PNG, JPEG or SVG picture."),
                name=path.name,
            )
        if len(data) > MAX_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{name} is larger than 1 MB: use a smaller logo."),
                name=path.name,
            )
        logo = Logo(fmt, data)
    with session_scope(engine) as s:
        row = s.get(Setting, KEY)
        value = f"{logo.format}:{base64.b64encode(logo.data).decode()}" if logo else ""
        if row is None:
            s.add(Setting(key=KEY, value=value))
        else:
            row.value = value
        audit.record(
            s,
            "reports.logo",
            entity="setting",
            entity_id=None,
            actor_id=actor_id,
            file=path.name if path else "",
        )
    return logo


def load_logo(engine: Engine) -> Logo | None:
    with session_scope(engine) as s:
        row = s.get(Setting, KEY)
        value = row.value if row else ""
    fmt, _, encoded = value.partition(":")
    if not encoded:
        return None
    try:
        return Logo(fmt, base64.b64decode(encoded, validate=True))
    except ValueError:
        return None  # a damaged value: no logo rather than a broken cover
