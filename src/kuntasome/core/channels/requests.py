"""New-channel requests and the periodic review of existing channels."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from kuntasome.core import audit
from kuntasome.core.channels.register import LIVE_STATUSES, change_status, create_channel
from kuntasome.core.db import session_scope
from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.models import Channel, ChannelRequest, ChannelReview, Person, utcnow
from kuntasome.core.people import has_role, holds_role

if TYPE_CHECKING:
    from sqlalchemy import Engine


REVIEW_OUTCOMES = ("keep", "change", "close")
# The questions municipal guidelines ask before a new channel; each needs an answer.
REQUIRED_ANSWERS = ("purpose", "target_audiences", "content_plan", "desired_effects", "maintainers")
QUESTION_LABELS = {
    "proposed_name": QT_TRANSLATE_NOOP("RequestQuestion", "Name of the channel"),
    "purpose": QT_TRANSLATE_NOOP("RequestQuestion", "Why is the channel needed?"),
    "target_audiences": QT_TRANSLATE_NOOP("RequestQuestion", "Whom should it reach?"),
    "content_plan": QT_TRANSLATE_NOOP("RequestQuestion", "What will be published, and how often?"),
    "desired_effects": QT_TRANSLATE_NOOP("RequestQuestion", "What should change because of it?"),
    "maintainers": QT_TRANSLATE_NOOP(
        "RequestQuestion", "Who maintains it, and with how many hours?"
    ),
}


class RequestError(UserError):
    pass


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def submit_request(
    engine: Engine,
    *,
    requested_by_id: int | None,
    platform: str,
    proposed_name: str,
    **answers: Any,
) -> ChannelRequest:
    """File a request; every guideline question must have an answer."""

    missing = [q for q in REQUIRED_ANSWERS if not str(answers.get(q, "")).strip()]
    if not proposed_name.strip():
        missing.insert(0, "proposed_name")
    if missing:
        raise RequestError(
            QT_TRANSLATE_NOOP("Errors", "Answer “{question}” before sending the request."),
            translate_params={"question": "RequestQuestion"},
            question=QUESTION_LABELS[missing[0]],
            missing=missing,
        )
    with session_scope(engine) as s:
        request = ChannelRequest(
            requested_by_id=requested_by_id,
            platform=platform,
            proposed_name=proposed_name.strip(),
            **answers,
        )
        s.add(request)
        s.flush()
        assert request.id is not None
        audit.record(
            s,
            "request.submit",
            entity="channelrequest",
            entity_id=request.id,
            actor_id=requested_by_id,
        )
        return request


REQUEST_STATUS_LABELS = {
    "pending": QT_TRANSLATE_NOOP("RequestStatus", "waiting for decision"),
    "approved": QT_TRANSLATE_NOOP("RequestStatus", "approved"),
    "rejected": QT_TRANSLATE_NOOP("RequestStatus", "rejected"),
}
REVIEW_OUTCOME_LABELS = {
    "keep": QT_TRANSLATE_NOOP("ReviewOutcome", "keep as it is"),
    "change": QT_TRANSLATE_NOOP("ReviewOutcome", "keep, with changes"),
    "close": QT_TRANSLATE_NOOP("ReviewOutcome", "close the channel"),
}


@dataclass(frozen=True)
class RequestRow:
    """A request as the list shows it, with the full record for reading and deciding."""

    request: ChannelRequest
    requested_by: str
    decided_by: str


def list_requests(engine: Engine) -> list[RequestRow]:
    """Every request, those waiting for a decision first, newest first within each."""

    with session_scope(engine) as s:
        people = {p.id: p.name for p in s.exec(select(Person))}
        requests = s.exec(select(ChannelRequest).order_by(col(ChannelRequest.id).desc())).all()
        rows = [
            RequestRow(
                r,
                people.get(r.requested_by_id, "") if r.requested_by_id else "",
                people.get(r.decided_by_id, "") if r.decided_by_id else "",
            )
            for r in requests
        ]
    return sorted(rows, key=lambda row: row.request.status != "pending")


def is_manager(engine: Engine, person_id: int | None) -> bool:
    """Whether *person_id* may decide on requests (has the manager role and has not left)."""
    return has_role(engine, person_id, "manager")


def decide_request(
    engine: Engine,
    request_id: int,
    *,
    approve: bool,
    decided_by_id: int,
    reason: str = "",
    address: str = "",
) -> ChannelRequest:
    """A manager approves (the channel enters the register as approved) or rejects with a reason."""

    with session_scope(engine) as s:
        request = s.get(ChannelRequest, request_id)
        if request is None or request.status != "pending":
            raise RequestError(QT_TRANSLATE_NOOP("Errors", "This request is no longer waiting."))
        if not holds_role(s, decided_by_id, "manager"):
            raise RequestError(
                QT_TRANSLATE_NOOP("Errors", "Only a responsible manager can decide on a request.")
            )
        if not approve and not reason.strip():
            raise RequestError(QT_TRANSLATE_NOOP("Errors", "Give a reason for the rejection."))
    channel_id = None
    if approve:
        channel = create_channel(
            engine,
            platform=request.platform,
            address=address or request.proposed_name,
            display_name=request.proposed_name,
            status="approved",
            actor_id=decided_by_id,
            unit_id=request.unit_id,
            manager_id=decided_by_id,
            purpose=request.purpose,
            audience=request.target_audiences,
        )
        channel_id = channel.id
    with session_scope(engine) as s:
        request = s.get(ChannelRequest, request_id)
        assert request is not None
        request.status = "approved" if approve else "rejected"
        request.decided_by_id = decided_by_id
        request.decided_at = utcnow()
        request.decision_reason = reason.strip()
        request.channel_id = channel_id
        audit.record(
            s,
            f"request.{request.status}",
            entity="channelrequest",
            entity_id=request_id,
            actor_id=decided_by_id,
            reason=reason.strip(),
            channel_id=channel_id,
        )
        return request


@dataclass(frozen=True)
class ReviewDue:
    channel_id: int
    platform: str
    handle: str
    next_review_on: date | None
    overdue_days: int | None


REVIEW_SOON_DAYS = 30


def review_is_due(
    status: str, next_review_on: date | None, today: date, within_days: int = REVIEW_SOON_DAYS
) -> bool:
    """A channel in use whose review is overdue, due within *within_days*, or never done."""
    if status not in LIVE_STATUSES:
        return False
    return next_review_on is None or (next_review_on - today).days <= within_days


def reviews_due(
    engine: Engine, today: date, within_days: int = REVIEW_SOON_DAYS
) -> list[ReviewDue]:
    """Channels in use whose review is due within *within_days*, overdue, or never done."""

    with session_scope(engine) as s:
        channels = s.exec(select(Channel).where(col(Channel.status).in_(LIVE_STATUSES))).all()
    due = [
        ReviewDue(
            c.id or 0,
            c.platform,
            c.handle,
            c.next_review_on,
            (today - c.next_review_on).days if c.next_review_on else None,
        )
        for c in channels
        if review_is_due(c.status, c.next_review_on, today, within_days)
    ]
    return sorted(due, key=lambda d: (d.next_review_on or date.min, d.handle))


def record_review(
    engine: Engine,
    channel_id: int,
    *,
    reviewer_id: int | None,
    outcome: str,
    notes: str = "",
    on: date,
) -> date | None:
    """Record a review; the next one is due after the channel's interval. Returns that date."""

    if outcome not in REVIEW_OUTCOMES:
        raise ValueError(outcome)
    with session_scope(engine) as s:
        channel = s.get(Channel, channel_id)
        assert channel is not None
        s.add(
            ChannelReview(
                channel_id=channel_id,
                reviewed_on=on,
                reviewer_id=reviewer_id,
                outcome=outcome,
                notes=notes,
            )
        )
        channel.last_reviewed_on = on
        channel.next_review_on = (
            None if outcome == "close" else add_months(on, channel.review_interval_months)
        )
        audit.record(
            s,
            "channel.review",
            entity="channel",
            entity_id=channel_id,
            actor_id=reviewer_id,
            outcome=outcome,
        )
        next_on = channel.next_review_on
    if outcome == "close":
        change_status(
            engine, channel_id, "closed", actor_id=reviewer_id, reason=notes or "review", today=on
        )
    return next_on
