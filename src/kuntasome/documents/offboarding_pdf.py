"""The offboarding checklist as a tagged PDF/A-2a to print, tick on paper and file."""

from __future__ import annotations

from kuntasome.core.channels.access import (
    ACCESS_ROLE_LABELS,
    MANAGER,
    NO,
    OFFBOARDING_HEADERS,
    YES,
    Offboarding,
)
from kuntasome.core.messages import arg
from kuntasome.core.platforms import PLATFORMS

from kuntasome.documents.language import Writing
from kuntasome.documents.typeset import typeset_pdf


def offboarding_document(checklist: Offboarding, writing: Writing) -> dict[str, object]:
    title = writing.translate("Offboarding", "Offboarding checklist")
    person = checklist.name
    if checklist.left_on:
        person += arg(
            writing.translate("Offboarding", " – leaves on {left_on}"),
            left_on=writing.short_date(checklist.left_on),
        )
    yes, no = writing.translate("Offboarding", YES), writing.translate("Offboarding", NO)
    rows = [
        [
            f"{PLATFORMS[i.platform].name if i.platform in PLATFORMS else i.platform} {i.handle}",
            writing.translate("AccessRole", ACCESS_ROLE_LABELS.get(i.role, i.role)),
            writing.short_date(i.granted_on),
            yes if i.done else no,
        ]
        for i in checklist.items
    ]
    rows += [
        [channel, writing.translate("Offboarding", MANAGER), "", no]
        for channel in checklist.manager_of
    ]
    return {
        "meta": {
            "title": title,
            "author": checklist.name,
            "lang": writing.language,
            "region": writing.region,
            "footer": f"{title} · {checklist.name}",
        },
        "person": person,
        "intro": writing.translate(
            "Offboarding",
            "Remove each access on the platform and tick it in KuntaSome: the date goes to the"
            " register and the audit log. Give each channel this person manages a new"
            " responsible manager.",
        ),
        "headers": [writing.translate("Offboarding", h) for h in OFFBOARDING_HEADERS],
        "rows": rows,
        "empty": writing.translate("Offboarding", "This person has no access to any channel."),
        "signatures": [
            writing.translate("Offboarding", "Checked by (name and date)"),
            writing.translate("Offboarding", "Supervisor (name and date)"),
        ],
    }


def render_offboarding_pdf(checklist: Offboarding, writing: Writing) -> bytes:
    return typeset_pdf("offboarding", offboarding_document(checklist, writing))
