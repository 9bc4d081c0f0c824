"""Making a management report (one user action, window and command line alike), the list of
reports made, and the reminder that one is due."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.cancel import Cancellation
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.files import write_export
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Person, ReportRun
from kuntasome.core.organisation import load_organisation
from kuntasome.core.reports.figures import COMPARISONS, SECTIONS, ReportFigures, report_figures
from kuntasome.core.reports.periods import Period, last_complete
from kuntasome.core.settings import load_shared, save_shared, shared

LANGUAGES = ("fi", "sv", "en")
REMINDERS = ("off", "monthly", "quarterly")
COMMENTARY_MAX = 5000


class ReportError(UserError):
    pass


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    language: str
    sections: tuple[str, ...] = SECTIONS
    comparison: str = "previous"
    commentary: str = ""
    author: str = ""  # as the cover names them; the person's name if left empty

    def validated(self) -> ReportRequest:
        if self.language not in LANGUAGES:
            raise ReportError(
                QT_TRANSLATE_NOOP("Errors", "Reports are written in Finnish, Swedish or English.")
            )
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown or not self.sections:
            raise ReportError(
                QT_TRANSLATE_NOOP("Errors", "Choose the report's sections from: {sections}."),
                sections=", ".join(SECTIONS),
            )
        if self.comparison not in COMPARISONS:
            raise ReportError(
                QT_TRANSLATE_NOOP("Errors", "Compare with the previous period or a year earlier.")
            )
        if len(self.commentary) > COMMENTARY_MAX:
            raise ReportError(
                QT_TRANSLATE_NOOP("Errors", "The commentary is longer than {count} characters."),
                count=COMMENTARY_MAX,
            )
        # Report order, whatever order they were chosen in.
        sections = tuple(s for s in SECTIONS if s in self.sections)
        return replace(
            self, sections=sections, commentary=self.commentary.strip(), author=self.author.strip()
        )


Render = Callable[[ReportFigures, ReportRequest], bytes]


@dataclass(frozen=True)
class ReportRunRow:
    id: int
    period: Period
    language: str
    sections: tuple[str, ...]
    comparison: str
    commentary: str
    path: str
    sha256: str
    created_at: datetime
    author: str

    @property
    def request(self) -> ReportRequest:
        """What it was made from, to make it again (with today's data)."""
        return ReportRequest(
            self.period, self.language, self.sections, self.comparison, self.commentary
        )

    def file_is_intact(self) -> bool:
        path = Path(self.path)
        return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == self.sha256


def _author(engine: Engine, actor_id: int | None) -> str:
    if actor_id is None:
        return ""
    with session_scope(engine) as s:
        person = s.get(Person, actor_id)
        return person.name if person else ""


def report_bytes(
    engine: Engine,
    request: ReportRequest,
    *,
    render: Render,
    now: datetime | None = None,
    cancel: Cancellation | None = None,
) -> bytes:
    """The report of *request* as PDF bytes, recorded nowhere (an archive snapshot holds its
    period's report; :func:`make_report` writes and records one)."""
    organisation = load_organisation(engine)
    figures = report_figures(
        engine, request.period, organisation, language=request.language, now=now
    )
    if cancel is not None:
        cancel.check()
    return render(figures, request.validated())


def make_report(
    engine: Engine,
    request: ReportRequest,
    *,
    render: Render,
    out: Path,
    actor_id: int | None = None,
    now: datetime | None = None,
    cancel: Cancellation | None = None,
) -> ReportRunRow:
    """Gather the figures, typeset them with *render*, write *out* whole or not at all, and
    record the run. Cancelled before the file is written, nothing is left behind."""
    request = request.validated()
    if not request.author:
        request = replace(request, author=_author(engine, actor_id))
    data = report_bytes(engine, request, render=render, now=now, cancel=cancel)
    if cancel is not None:
        cancel.check()
    write_export(out, data, personal=False)  # a report is made to be shared
    digest = hashlib.sha256(data).hexdigest()
    with session_scope(engine) as s:
        run = ReportRun(
            period_start=request.period.first,
            period_end=request.period.last,
            kind=request.period.kind,
            language=request.language,
            sections=",".join(request.sections),
            comparison=request.comparison,
            commentary=request.commentary,
            file_name=out.name[:300],
            path=str(out.resolve()),
            sha256=digest,
            created_by_id=actor_id,
        )
        s.add(run)
        s.flush()
        audit.record(
            s,
            "report.created",
            entity="reportrun",
            entity_id=run.id,
            actor_id=actor_id,
            period=request.period.code,
            language=request.language,
            file=run.file_name,
        )
        s.refresh(run)
        return _row(run, request.author)


def _row(run: ReportRun, author: str) -> ReportRunRow:
    assert run.id is not None
    return ReportRunRow(
        id=run.id,
        period=Period(run.period_start, run.period_end, run.kind),
        language=run.language,
        sections=tuple(s for s in run.sections.split(",") if s in SECTIONS) or SECTIONS,
        comparison=run.comparison,
        commentary=run.commentary,
        path=run.path,
        sha256=run.sha256,
        created_at=run.created_at,
        author=author,
    )


def list_reports(engine: Engine) -> list[ReportRunRow]:
    """The reports made, newest first."""
    with session_scope(engine) as s:
        people = {p.id: p.name for p in s.exec(select(Person))}
        return [
            _row(run, people.get(run.created_by_id, "") if run.created_by_id else "")
            for run in s.exec(select(ReportRun).order_by(col(ReportRun.created_at).desc()))
        ]


# -- the reminder ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportSettings:
    reminder: str = shared(
        "reports.reminder", "quarterly", QT_TRANSLATE_NOOP("Settings", "Remind me of reports")
    )
    language: str = shared(
        "reports.language", "fi", QT_TRANSLATE_NOOP("Settings", "Reports are written in")
    )

    def valid(self) -> bool:
        return self.reminder in REMINDERS and self.language in LANGUAGES

    @property
    def kind(self) -> str | None:
        """The period a reminder is for: a month, a quarter, or none."""
        return {"monthly": "month", "quarterly": "quarter"}.get(self.reminder)


def load_report_settings(engine: Engine) -> ReportSettings:
    return load_shared(engine, ReportSettings)


def save_report_settings(
    engine: Engine, settings: ReportSettings, *, actor_id: int | None = None
) -> None:
    if not settings.valid():
        raise ReportError(QT_TRANSLATE_NOOP("Errors", "Choose a reminder and a language."))
    save_shared(engine, settings, action="reports.settings", actor_id=actor_id)


def report_due(engine: Engine, today: date) -> Period | None:
    """The last month or quarter that has ended without a report, if reminders are on."""
    kind = load_report_settings(engine).kind
    if kind is None:
        return None
    period = last_complete(kind, today)
    with session_scope(engine) as s:
        made = s.exec(
            select(ReportRun.id).where(
                ReportRun.period_start <= period.first, ReportRun.period_end >= period.last
            )
        ).first()
    return None if made is not None else period
