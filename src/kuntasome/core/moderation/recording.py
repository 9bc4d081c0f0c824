"""Recording one handled comment: its screenshots stored as evidence, then the entry chained.

The one service behind the quick-entry form's *Save* and ``kuntasome moderation add``: the
form and the command hand in the draft and the picture files; what the evidence PDF says
(the channel, the person who captured it, the reason in the chosen language) is read here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from kuntasome.core.db import session_scope
from kuntasome.core.models import Channel, Person
from kuntasome.core.moderation.evidence import RenderPdf, store_evidence, sweep_unreferenced
from kuntasome.core.moderation.log import EntryDraft, append_entry, validate
from kuntasome.core.moderation.removal_reasons import reason_labels
from kuntasome.core.platforms import PLATFORMS


def record_entry(
    engine: Engine,
    draft: EntryDraft,
    *,
    evidence_files: Sequence[Path] = (),
    evidence_folder: Path,
    render_pdf: RenderPdf,
    language: str,
    actor_id: int | None,
    now: datetime | None = None,
) -> int:
    """Store each picture in *evidence_files* (original and PDF/A), then append *draft* with
    them to the chain; returns the new entry's id.

    The draft is checked before any file is stored, so a refused entry leaves no evidence
    behind; the entry itself is all or nothing. Pictures a killed save stored without its
    entry are removed by the next save with pictures.
    """
    if not draft.corrects_id:
        validate(draft, has_evidence=bool(evidence_files))
    channel, handler = _labels(engine, draft)
    reason = reason_labels(engine, language).get(draft.reason_code, "") if draft.reason_code else ""
    if evidence_files:
        sweep_unreferenced(engine, evidence_folder)
    stored = [
        store_evidence(
            evidence_folder,
            path,
            render_pdf=render_pdf,
            channel=channel,
            comment_url=draft.comment_url.strip(),
            captured_by=handler,
            captured_by_id=draft.handler_id,
            reason=reason,
        )
        for path in evidence_files
    ]
    return append_entry(engine, draft, evidence=stored, actor_id=actor_id, now=now)


def _labels(engine: Engine, draft: EntryDraft) -> tuple[str, str]:
    """The channel ("Name (Service)") and the handler's name, as the evidence PDF shows them."""
    with session_scope(engine) as s:
        channel = s.get(Channel, draft.channel_id)
        person = s.get(Person, draft.handler_id) if draft.handler_id else None
        if channel is None:
            return "", person.name if person else ""
        service = PLATFORMS[channel.platform].name if channel.platform in PLATFORMS else ""
        label = channel.display_name or channel.handle
        return (f"{label} ({service})" if service else label), (person.name if person else "")
