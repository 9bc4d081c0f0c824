"""The management report as a tagged PDF/A-2a in Finnish, Swedish or English.

Every figure comes from :mod:`kuntasome.core.reports.figures`; this module only words and
formats them. Charts go in as SVG with an alternative text that says what they show.
"""

from __future__ import annotations

from datetime import date

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import arg
from kuntasome.core.moderation.log import ACTIONS, KINDS
from kuntasome.core.reports.figures import ChannelFigures, KeyFigures, ReportFigures
from kuntasome.core.reports.health import REASONS
from kuntasome.core.reports.service import ReportRequest

from kuntasome.documents.chart_text import describe
from kuntasome.documents.charts import render as render_chart
from kuntasome.documents.language import Writing
from kuntasome.documents.period_names import period_name
from kuntasome.documents.typeset import typeset_pdf, typeset_png

LANGUAGE_NAMES = {
    "fi": QT_TRANSLATE_NOOP("Reports", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Reports", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Reports", "English"),
}


class _Words:
    """Numbers as the report writes them."""

    def __init__(self, writing: Writing) -> None:
        self.w = writing

    def n(self, value: float | None, decimals: int = 0) -> str:
        return "–" if value is None else self.w.number(value, decimals)

    def signed(self, value: float | None) -> str:
        if value is None:
            return "–"
        text = self.w.number(abs(value))
        return ("+" if value > 0 else "−" if value < 0 else "±") + text

    def share(self, value: float | None) -> str:
        return self.w.percent(value, 1) if value is not None else "–"

    def hours(self, value: float | None) -> str:
        return "–" if value is None else f"{self.w.number(value, 1)}\u00a0h"

    def change(self, now: float | None, before: float | None) -> str:
        return "–" if now is None else self.w.change(now, before)

    def points(self, now: float | None, before: float | None) -> str:
        """The change of a share in percentage points."""
        if now is None or before is None:
            return "–"
        diff = round((now - before) * 100, 1)  # −0.04 points is no change: ±0.0
        sign = "+" if diff > 0 else "−" if diff < 0 else "±"
        return f"{sign}{self.w.number(abs(diff), 1)}\u00a0" + self.w.translate("Reports", "pp")


def _summary(f: ReportFigures, words: _Words) -> dict[str, object]:
    w = words.w
    rows: list[list[str]] = []

    def row(label: str, pick: object, kind: str = "count") -> None:
        values: list[float | None] = [pick(k) for k in (f.current, f.previous, f.year_earlier)]  # type: ignore[operator]
        now, before, year = values
        if kind == "share":
            rows.append(
                [
                    label,
                    words.share(now),
                    words.share(before),
                    words.points(now, before),
                    words.share(year),
                    words.points(now, year),
                ]
            )
        elif kind == "hours":
            rows.append(
                [
                    label,
                    words.hours(now),
                    words.hours(before),
                    words.change(now, before),
                    words.hours(year),
                    words.change(now, year),
                ]
            )
        else:
            rows.append(
                [
                    label,
                    words.n(now),
                    words.n(before),
                    words.change(now, before),
                    words.n(year),
                    words.change(now, year),
                ]
            )

    def followers(k: KeyFigures) -> float | None:
        return k.followers

    row(w.translate("Reports", "Followers at the end of the period"), followers)
    row(w.translate("Reports", "Reach"), lambda k: k.reach)
    row(w.translate("Reports", "Engagements"), lambda k: k.engagements)
    row(w.translate("Reports", "Engagement rate"), lambda k: k.engagement_rate, "share")
    row(w.translate("Reports", "Posts published"), lambda k: k.posts_published)
    row(w.translate("Reports", "Comments and messages handled"), lambda k: k.entries)
    row(
        w.translate("Reports", "Answered within the deadline"),
        lambda k: k.answered_on_time,
        "share",
    )
    row(w.translate("Reports", "Median response time"), lambda k: k.median_response_hours, "hours")
    return {
        "headers": [
            w.translate("Reports", "Figure"),
            w.translate("Reports", "This period"),
            w.translate("Reports", "Previous period"),
            w.translate("Reports", "Change"),
            w.translate("Reports", "A year earlier"),
            w.translate("Reports", "Change"),
        ],
        "rows": rows,
        "note": arg(
            w.translate(
                "Reports",
                "Compared with the previous period of the same length ({previous}) and the same"
                " period a year earlier ({year}). Statistics come from the files the platforms"
                " export; a dash means there is no figure for that period.",
            ),
            previous=w.period(f.previous.period.first, f.previous.period.last),
            year=w.period(f.year_earlier.period.first, f.year_earlier.period.last),
        ),
    }


def _label(c: ChannelFigures) -> str:
    return f"{c.name} ({c.platform_name})"


def _channels(f: ReportFigures, request: ReportRequest, words: _Words) -> dict[str, object]:
    w = words.w
    compared = {c.channel_id: c for c in f.compared.get(request.comparison, [])}
    against = (
        w.translate("Reports", "Change in reach is against the previous period.")
        if request.comparison == "previous"
        else w.translate("Reports", "Change in reach is against the same period a year earlier.")
    )
    rows = []
    for c in f.channels:
        if not (c.followers or c.reach or c.posts_published or c.posts_target):
            continue
        before = compared.get(c.channel_id)
        rows.append(
            [
                _label(c),
                words.n(c.followers),
                words.signed(c.followers_change),
                words.n(c.reach),
                words.change(c.reach, before.reach if before else None),
                words.n(c.engagements),
                words.share(c.engagement_rate),
                words.n(c.posts_published),
                words.n(c.posts_target),
            ]
        )
    return {
        "headers": [
            w.translate("Reports", "Channel"),
            w.translate("Reports", "Followers"),
            w.translate("Reports", "Change in followers"),
            w.translate("Reports", "Reach"),
            w.translate("Reports", "Change in reach"),
            w.translate("Reports", "Engagements"),
            w.translate("Reports", "Engagement rate"),
            w.translate("Reports", "Posts published"),
            w.translate("Reports", "Posting target"),
        ],
        "rows": rows,
        "note": against
        + " "
        + w.translate(
            "Reports", "The posting target is the channel's weekly minimum over the period's weeks."
        ),
        "top_headers": [
            w.translate("Reports", "Post"),
            w.translate("Reports", "Channel"),
            w.translate("Reports", "Published"),
            w.translate("Reports", "Engagements"),
        ],
        "top": [
            [p.title, p.channel, w.short_date(p.published), words.n(p.engagements)]
            for p in f.top_posts
        ],
    }


def _charts(f: ReportFigures, words: _Words) -> list[dict[str, str]]:
    w = words.w
    captions = {
        "followers": w.translate("Reports", "Followers over the period"),
        "reach": w.translate("Reports", "Reach and engagements per channel"),
    }
    charts = []
    for kind, data in f.charts.items():
        if not (data.series or data.totals):
            continue
        rows = len(data.totals) if kind == "reach" else 0  # bars side by side: room for each
        svg = render_chart(
            data,
            "svg",
            w.translate,
            decimal_comma=w.language != "en",
            size=(8.0, max(4.2, 0.55 * rows + 1.0)),
        )
        charts.append(
            {
                "svg": svg.decode("utf-8"),
                "alt": describe(data, w.translate, words.n),
                "caption": captions[kind],
            }
        )
    return charts


def _languages(f: ReportFigures, words: _Words) -> dict[str, object]:
    w = words.w
    names = {code: w.translate("Reports", name) for code, name in LANGUAGE_NAMES.items()}
    return {
        "intro": arg(
            w.translate(
                "Reports",
                "{share} of the posts published carried every language their channel requires.",
            ),
            share=words.share(f.language_coverage),
        ),
        "headers": [
            w.translate("Reports", "Channel"),
            w.translate("Reports", "Required languages"),
            w.translate("Reports", "Posts"),
            w.translate("Reports", "In every language"),
            w.translate("Reports", "Share"),
        ],
        "rows": [
            [
                c.channel,
                ", ".join(names.get(x, x) for x in c.required),
                words.n(c.posts),
                words.n(c.complete),
                words.share(c.share),
            ]
            for c in f.languages
        ],
    }


def _dialogue(f: ReportFigures, words: _Words) -> dict[str, object]:
    w = words.w
    total = f.dialogue[-1] if f.dialogue else None
    labels = {c.channel_id: _label(c) for c in f.channels}
    rows = [
        [
            labels.get(r.channel_id, r.channel_name)
            if r.channel_id is not None
            else w.translate("Reports", "All channels"),
            words.n(r.handled),
            words.n(r.needing_answer),
            words.n(r.on_time),
            words.n(r.late),
            words.hours(r.median_hours),
            words.n(r.open),
            words.n(r.overdue),
        ]
        for r in f.dialogue
    ]
    m, mon = f.moderation, f.monitoring
    counts = [
        (
            w.translate("Reports", "Kind"),
            {
                w.translate("Moderation", KINDS.get(k, k)): v
                for k, v in (m.by_kind if m else {}).items()
            },
        ),
        (
            w.translate("Reports", "Action"),
            {
                w.translate("Moderation", ACTIONS.get(k, k)): v
                for k, v in (m.by_action if m else {}).items()
            },
        ),
        (
            w.translate("Reports", "Removal reason"),
            {f.reasons.get(k, k): v for k, v in (m.by_reason if m else {}).items()},
        ),
    ]
    facts = []
    if m is not None:
        facts += [
            [w.translate("Reports", "Screenshots kept as evidence"), words.n(m.evidence)],
            [w.translate("Reports", "Users blocked in the period"), words.n(m.blocks_added)],
            [w.translate("Reports", "Blocks in force at the end"), words.n(m.blocks_in_force)],
        ]
    if mon is not None:
        facts += [
            [
                w.translate("Reports", "Monitoring target"),
                arg(
                    w.translate("Reports", "{count} check-ins a working day on each channel"),
                    count=str(mon.target),
                ),
            ],
            [w.translate("Reports", "Check-ins made"), words.n(mon.checks)],
            [
                w.translate("Reports", "Working days with a gap"),
                arg(
                    w.translate("Reports", "{days} of {all}"),
                    days=words.n(mon.days_with_gaps),
                    all=words.n(mon.working_days),
                ),
            ],
        ]
    return {
        "intro": arg(
            w.translate(
                "Reports",
                "{answered} of {needing} comments that needed an answer were answered within the"
                " deadline; the median response time was {median}.",
            ),
            answered=words.n(total.on_time if total else 0),
            needing=words.n(total.needing_answer if total else 0),
            median=words.hours(total.median_hours if total else None),
        ),
        "headers": [
            w.translate("Reports", "Channel"),
            w.translate("Reports", "Handled"),
            w.translate("Reports", "Needed an answer"),
            w.translate("Reports", "On time"),
            w.translate("Reports", "Late"),
            w.translate("Reports", "Median"),
            w.translate("Reports", "Waiting"),
            w.translate("Reports", "Overdue"),
        ],
        "rows": rows,
        "counts_header": w.translate("Reports", "Entries"),
        "counts": [
            {"title": title, "rows": [[k, words.n(v)] for k, v in values.items()]}
            for title, values in counts
            if values
        ],
        "facts": facts,
    }


def _health(f: ReportFigures, words: _Words) -> dict[str, object]:
    w = words.w
    h = f.health
    if h is None:
        return {}
    return {
        "score": "–" if h.score is None else f"{h.score}/100",
        "intro": arg(
            w.translate(
                "Reports",
                "{healthy} of {channels} channels in use have nothing to fix on {day}. The score"
                " is their share; each reason below names the channels it concerns.",
            ),
            healthy=words.n(h.healthy),
            channels=words.n(h.channels),
            day=w.short_date(h.as_of),
        ),
        "headers": [
            w.translate("Reports", "Reason"),
            w.translate("Reports", "Channels"),
            w.translate("Reports", "Which"),
        ],
        "rows": [
            [
                w.translate("Health", REASONS[r.code]),
                words.n(len(r.channels)),
                ", ".join(r.channels),
            ]
            for r in h.reasons
        ],
        "empty": w.translate("Reports", "Nothing to fix: every channel in use is in order."),
    }


def _accessibility(f: ReportFigures, words: _Words) -> dict[str, object]:
    w = words.w
    duties = {
        "captions": w.translate("Reports", "Video without captions"),
        "recording": w.translate("Reports", "Live recording not made accessible in 14 days"),
    }
    return {
        "headers": [
            w.translate("Reports", "File"),
            w.translate("Reports", "Duty"),
            w.translate("Reports", "Due"),
            w.translate("Reports", "Posts"),
        ],
        "rows": [
            [d.file_name, duties[d.duty], w.short_date(d.due_on), ", ".join(d.posts)]
            for d in f.accessibility
        ],
        "empty": w.translate(
            "Reports", "No open duties: every video had captions and every recording was done."
        ),
    }


def _appendix(f: ReportFigures, words: _Words) -> dict[str, object]:
    w = words.w
    names = {code: w.translate("Reports", name) for code, name in LANGUAGE_NAMES.items()}
    return {
        "headers": [
            w.translate("Reports", "Channel"),
            w.translate("Reports", "Service"),
            w.translate("Reports", "Address"),
            w.translate("Reports", "Languages"),
            w.translate("Reports", "Purpose"),
        ],
        "rows": [
            [
                c.name,
                c.platform,
                c.url or c.handle,
                ", ".join(names.get(x, x) for x in c.languages),
                c.purpose,
            ]
            for c in f.channel_list
        ],
    }


SECTION_TITLES = {
    "summary": QT_TRANSLATE_NOOP("Reports", "Summary"),
    "channels": QT_TRANSLATE_NOOP("Reports", "Channels"),
    "languages": QT_TRANSLATE_NOOP("Reports", "Language coverage"),
    "dialogue": QT_TRANSLATE_NOOP("Reports", "Dialogue and moderation"),
    "health": QT_TRANSLATE_NOOP("Reports", "Register health"),
    "accessibility": QT_TRANSLATE_NOOP("Reports", "Accessibility duties"),
    "appendix": QT_TRANSLATE_NOOP("Reports", "Appendix: the channel list"),
}


def report_document(
    f: ReportFigures, request: ReportRequest, *, made_on: date
) -> dict[str, object]:
    """What the template prints, every word in the report's language."""
    request = request.validated()  # sections in report order
    writing = Writing(request.language, f.organisation.country)
    words = _Words(writing)
    w = writing
    title = w.translate("Reports", "Social media report")
    period = period_name(f.period, writing)
    sections = list(request.sections)
    data: dict[str, object] = {
        "meta": {
            "title": f"{title} – {f.organisation.name} – {period}",
            "author": request.author or f.organisation.name,
            "lang": writing.language,
            "region": writing.region,
            "footer": f"{f.organisation.name} · {title} · {period}",
            "keywords": [f.organisation.name, f.period.code],
        },
        "cover": {
            "organisation": f.organisation.name,
            "title": title,
            "period": period,
            "logo": f.logo.file_name if f.logo else None,
            "logo_alt": arg(
                w.translate("Reports", "The logo of {organisation}"),
                organisation=f.organisation.name,
            ),
            "facts": [
                [w.translate("Reports", "Period"), period],
                [w.translate("Reports", "Author"), request.author or "–"],
                [w.translate("Reports", "Made on"), w.full_date(made_on)],
            ],
        },
        "sections": sections,
        "titles": {key: w.translate("Reports", text) for key, text in SECTION_TITLES.items()},
        "commentary": request.commentary,
        "commentary_title": w.translate("Reports", "Commentary"),
        "charts_title": w.translate("Reports", "Charts"),
        "top_title": w.translate("Reports", "Top posts"),
        "health_title": w.translate("Reports", "Register health score"),
        "counts_title": w.translate("Reports", "Moderation in figures"),
        "monitoring_title": w.translate("Reports", "Evidence, blocks and monitoring"),
        "no_rows": w.translate("Reports", "Nothing in this period."),
    }
    builders = {
        "summary": lambda: _summary(f, words),
        "channels": lambda: {**_channels(f, request, words), "charts": _charts(f, words)},
        "languages": lambda: _languages(f, words),
        "dialogue": lambda: _dialogue(f, words),
        "health": lambda: _health(f, words),
        "accessibility": lambda: _accessibility(f, words),
        "appendix": lambda: _appendix(f, words),
    }
    for key in sections:
        data[key] = builders[key]()
    return data


def render_report_pdf(
    f: ReportFigures, request: ReportRequest, made_on: date | None = None
) -> bytes:
    document = report_document(f, request, made_on=made_on or date.today())
    return typeset_pdf("report", document, files=_files(f))


def render_report_pages(
    f: ReportFigures, request: ReportRequest, ppi: int = 50, made_on: date | None = None
) -> list[bytes]:
    """The report's pages as PNG pictures, for the preview."""
    document = report_document(f, request, made_on=made_on or date.today())
    return typeset_png("report", document, files=_files(f), ppi=ppi)


def _files(f: ReportFigures) -> dict[str, bytes]:
    return {f.logo.file_name: f.logo.data} if f.logo else {}
