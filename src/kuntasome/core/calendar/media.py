"""Media of posts: files copied into the data folder by content, with rights, consent,
alt texts and the accessibility of videos (captions; live recordings within 14 days)."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from kuntasome.core import audit
from kuntasome.core.db import session_scope
from kuntasome.core.errors import StaleRecord, UserError
from kuntasome.core.files import store_content_addressed
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Media, MediaAltText, utcnow

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session


# The accessibility act: a live broadcast's recording must be made accessible within 14 days.
LIVE_RECORDING_DAYS = 14
CONSENTS = ("", "not_needed", "obtained", "refused")
CONSENT_LABELS = {
    "": QT_TRANSLATE_NOOP("Consent", "not recorded"),
    "not_needed": QT_TRANSLATE_NOOP("Consent", "no identifiable people"),
    "obtained": QT_TRANSLATE_NOOP("Consent", "consent obtained"),
    "refused": QT_TRANSLATE_NOOP("Consent", "consent refused"),
}
KIND_LABELS = {
    "image": QT_TRANSLATE_NOOP("MediaKind", "image"),
    "video": QT_TRANSLATE_NOOP("MediaKind", "video"),
    "other": QT_TRANSLATE_NOOP("MediaKind", "file"),
}


class MediaError(UserError):
    pass


@dataclass(frozen=True)
class MediaDetails:
    id: int
    file_name: str
    kind: str
    sha256: str
    size_bytes: int
    mime_type: str = ""
    owner: str = ""
    licence: str = ""
    consent: str = ""
    consent_note: str = ""
    alt_texts: dict[str, str] = field(default_factory=dict)
    has_captions: bool = False
    is_live_recording: bool = False
    accessible_due_on: date | None = None
    accessible_done_on: date | None = None
    version_id: int = 0

    def path_in(self, media_folder: Path) -> Path:
        suffix = Path(self.file_name).suffix.lower()
        return media_folder / self.sha256[:2] / (self.sha256 + suffix)


def _kind(mime: str) -> str:
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("video/"):
        return "video"
    return "other"


def add_media_file(
    engine: Engine, media_folder: Path, source: Path, *, actor_id: int | None
) -> MediaDetails:
    """Copy *source* into the data folder; the same file added twice is one media record."""

    if not source.is_file():
        raise MediaError(QT_TRANSLATE_NOOP("Errors", "There is no file {name}."), name=source.name)
    sha, stored = store_content_addressed(source, media_folder)
    mime = mimetypes.guess_type(source.name)[0] or ""
    with session_scope(engine) as s:
        existing = s.exec(select(Media).where(Media.sha256 == sha)).first()
        if existing is not None:
            return _details(s, existing)
        media = Media(
            sha256=sha,
            file_name=source.name[:300],
            mime_type=mime,
            size_bytes=stored.stat().st_size,
            kind=_kind(mime),
        )
        s.add(media)
        s.flush()
        audit.record(
            s, "media.add", entity="media", entity_id=media.id, actor_id=actor_id, sha256=sha
        )
        return _details(s, media)


def _details(session: Session, media: Media) -> MediaDetails:
    alts = session.exec(select(MediaAltText).where(MediaAltText.media_id == media.id)).all()
    return media_details(media, {a.language: a.text for a in alts})


def media_details(media: Media, alt_texts: dict[str, str]) -> MediaDetails:
    """The details of a loaded media row and its alt texts (language → text)."""
    return MediaDetails(
        id=media.id or 0,
        file_name=media.file_name,
        kind=media.kind,
        sha256=media.sha256,
        size_bytes=media.size_bytes,
        mime_type=media.mime_type,
        owner=media.owner,
        licence=media.licence,
        consent=media.consent,
        consent_note=media.consent_note,
        alt_texts={lang: text for lang, text in alt_texts.items() if text.strip()},
        has_captions=media.has_captions,
        is_live_recording=media.is_live_recording,
        accessible_due_on=media.accessible_due_on,
        accessible_done_on=media.accessible_done_on,
        version_id=media.version_id,
    )


def load_media(engine: Engine, media_ids: tuple[int, ...] | list[int]) -> list[MediaDetails]:
    """The media with these ids, in the order given."""

    result: list[MediaDetails] = []
    with session_scope(engine) as s:
        for media_id in media_ids:
            media = s.get(Media, media_id)
            if media is not None:
                result.append(_details(s, media))
    return result


def save_media(
    engine: Engine, details: MediaDetails, *, actor_id: int | None, today: date
) -> MediaDetails:
    """Save rights, consent, alt texts and accessibility of a media file.

    Marking a video a live recording starts its 14-day accessibility due date.
    """

    if details.consent not in CONSENTS:
        raise ValueError(details.consent)
    with session_scope(engine) as s:
        media = s.get(Media, details.id)
        if media is None:
            raise MediaError(
                QT_TRANSLATE_NOOP("Errors", "There is no media file {media}."), media=details.id
            )
        if media.version_id != details.version_id:
            raise StaleRecord()
        due = details.accessible_due_on
        if details.is_live_recording and due is None:
            due = today + timedelta(days=LIVE_RECORDING_DAYS)
        values = {
            "owner": details.owner.strip(),
            "licence": details.licence.strip(),
            "consent": details.consent,
            "consent_note": details.consent_note.strip(),
            "has_captions": details.has_captions,
            "is_live_recording": details.is_live_recording,
            "accessible_due_on": due if details.is_live_recording else None,
            "accessible_done_on": details.accessible_done_on if details.is_live_recording else None,
        }
        changed = [k for k, v in values.items() if getattr(media, k) != v]
        for key in changed:
            setattr(media, key, values[key])
        existing = {
            a.language: a
            for a in s.exec(select(MediaAltText).where(MediaAltText.media_id == media.id))
        }
        alts = {k: v.strip() for k, v in details.alt_texts.items() if v.strip()}
        if alts != {k: a.text for k, a in existing.items() if a.text.strip()}:
            changed.append("alt_texts")
            for lang, row in existing.items():
                if lang not in alts:
                    s.delete(row)
            for lang, text in alts.items():
                if lang in existing:
                    existing[lang].text = text
                else:
                    s.add(MediaAltText(media_id=media.id or 0, language=lang, text=text))
        if changed:
            media.updated_at = utcnow()
            audit.record(
                s,
                "media.update",
                entity="media",
                entity_id=media.id,
                actor_id=actor_id,
                fields=",".join(changed),
            )
        s.flush()
        return _details(s, media)
