"""The posting calendar's services: workflow, rules, crisis mode, holidays, .ics export."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from kuntasome.core.calendar.crisis import (
    CrisisError,
    active_crisis,
    end_crisis,
    resume,
    start_crisis,
)
from kuntasome.core.calendar.ics import export_ics
from kuntasome.core.calendar.media import add_media_file, load_media, save_media
from kuntasome.core.calendar.posts import (
    PostDetails,
    PostError,
    TargetDetails,
    load_post,
    mark_published,
    reschedule_target,
    save_post,
)
from kuntasome.core.calendar.posts import change_status as change_post_status
from kuntasome.core.calendar.rules import frequency_warnings, load_channel_infos, post_warnings
from kuntasome.core.calendar.text_length import counted_length, graphemes
from kuntasome.core.calendar.view import load_calendar
from kuntasome.core.channels.details import load_channel, save_channel
from kuntasome.core.channels.register import change_status, create_channel
from kuntasome.core.errors import StaleRecord
from kuntasome.core.models import AuditLog
from kuntasome.core.people import PersonDetails, save_person
from kuntasome.core.public_holidays import holidays_between

TZ = ZoneInfo("Europe/Helsinki")
TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=TZ)
plain = lambda _context, text: text  # noqa: E731


def _at(day: int, hour: int = 9, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=TZ)


def _audit(engine: Engine, action: str) -> list[dict[str, object]]:
    with Session(engine) as s:
        rows = s.exec(select(AuditLog).where(AuditLog.action == action).order_by(col(AuditLog.id)))
        return [{"actor": r.actor_id, **json.loads(r.details)} for r in rows]


@pytest.fixture
def town(engine: Engine) -> dict[str, int]:
    """Two bilingual channels, an X account, a communicator and an approver."""
    fb = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    details = load_channel(engine, fb.id or 0)
    save_channel(engine, replace(details, languages=("fi", "sv")), actor_id=None)
    x = create_channel(
        engine, platform="x", address="@kallioranta", status="active", languages="fi"
    )
    author = save_person(engine, PersonDetails(name="Emma Korhonen", roles=("communicator",)))
    approver = save_person(engine, PersonDetails(name="Sari Virtanen", roles=("approver",)))
    return {"fb": fb.id or 0, "x": x.id or 0, "author": author.id, "approver": approver.id}


def _post(engine: Engine, town: dict[str, int], **changes: object) -> PostDetails:
    details = PostDetails(
        title="Kirjaston satutunti",
        texts={"fi": "Satutunti tiistaina.", "sv": "Sagostund på tisdag."},
        targets=(TargetDetails(town["fb"], _at(24)), TargetDetails(town["x"], _at(24, 12))),
        status="draft",
    )
    return save_post(engine, replace(details, **changes), actor_id=town["author"])


def test_a_post_goes_from_draft_to_published_and_only_an_approver_approves(
    engine: Engine, town: dict[str, int]
) -> None:
    post = _post(engine, town)
    assert post.status == "draft" and post.created_by_id == town["author"]
    assert [t.status for t in post.targets] == ["planned", "planned"]
    post = change_post_status(engine, post.id, "in_review", actor_id=town["author"])
    with pytest.raises(PostError, match="approver"):
        change_post_status(engine, post.id, "approved", actor_id=town["author"])
    with pytest.raises(PostError, match="cannot become"):
        change_post_status(engine, post.id, "published", actor_id=town["approver"])
    post = change_post_status(engine, post.id, "approved", actor_id=town["approver"])
    assert post.approved_by_id == town["approver"] and post.approved_at is not None
    post = change_post_status(engine, post.id, "scheduled", actor_id=town["author"])
    assert {t.status for t in post.targets} == {"scheduled"}
    assert [a["actor"] for a in _audit(engine, "post.approved")] == [town["approver"]]

    fb_target = post.targets[0]
    with pytest.raises(PostError, match="https://"):
        mark_published(engine, fb_target.id, url="facebook.com/x", published_at=NOW, actor_id=None)
    post = mark_published(
        engine,
        fb_target.id,
        url="https://www.facebook.com/kallioranta/posts/1",
        published_at=NOW,
        actor_id=town["author"],
    )
    assert post.status == "scheduled"  # the X post is still to come
    post = mark_published(
        engine,
        post.targets[1].id,
        url="https://x.com/kallioranta/status/2",
        published_at=NOW,
        actor_id=town["author"],
    )
    assert post.status == "published"
    assert post.targets[0].published_url == "https://www.facebook.com/kallioranta/posts/1"
    with pytest.raises(PostError, match="published"):
        reschedule_target(engine, fb_target.id, _at(25), actor_id=None)


def test_changing_an_approved_text_withdraws_the_approval(
    engine: Engine, town: dict[str, int]
) -> None:
    post = _post(engine, town)
    change_post_status(engine, post.id, "in_review", actor_id=None)
    post = change_post_status(engine, post.id, "approved", actor_id=town["approver"])
    # Moving the time keeps the approval; changing what it says does not.
    moved = save_post(
        engine,
        replace(post, targets=(replace(post.targets[0], scheduled_at=_at(25)), post.targets[1])),
        actor_id=None,
    )
    assert moved.status == "approved"
    edited = save_post(
        engine,
        replace(moved, texts={**moved.texts, "fi": "Satutunti keskiviikkona."}),
        actor_id=None,
    )
    assert edited.status == "in_review" and edited.approved_by_id is None
    assert _audit(engine, "post.update")[-1]["approval_withdrawn"] is True
    with pytest.raises(StaleRecord):
        save_post(engine, replace(moved, title="Vanha kopio"), actor_id=None)


def test_scheduling_needs_a_time_on_every_channel(engine: Engine, town: dict[str, int]) -> None:
    post = _post(engine, town, targets=(TargetDetails(town["fb"], None),))
    change_post_status(engine, post.id, "in_review", actor_id=None)
    change_post_status(engine, post.id, "approved", actor_id=town["approver"])
    with pytest.raises(PostError, match="time"):
        change_post_status(engine, post.id, "scheduled", actor_id=None)
    assert load_post(engine, post.id).status == "approved"


def test_rescheduling_moves_one_target_and_is_audited(engine: Engine, town: dict[str, int]) -> None:
    post = _post(engine, town)
    target = post.targets[0]
    moved = reschedule_target(engine, target.id, _at(26, 15), actor_id=town["author"])
    assert moved.scheduled_at == _at(26, 15)
    assert load_post(engine, post.id).targets[0].scheduled_at == _at(26, 15)
    assert load_post(engine, post.id).targets[1].scheduled_at == _at(24, 12)
    (entry,) = _audit(engine, "post.reschedule")
    assert entry["new"] == _at(26, 15).astimezone(UTC).isoformat()
    with pytest.raises(StaleRecord):
        reschedule_target(engine, target.id, _at(27), actor_id=None, version_id=target.version_id)


def test_platform_lengths_are_counted_the_way_each_platform_counts() -> None:
    assert graphemes("👍🏽👨‍👩‍👧‍👦🇫🇮é") == ["👍🏽", "👨‍👩‍👧‍👦", "🇫🇮", "é"]
    # Unicode's own rules, not an approximation of them (issue 20: our splitter re-implemented
    # UAX #29: a Hangul syllable typed as jamo was three characters, and a zero-width joiner
    # joined any two letters, where Unicode joins only emoji).
    assert graphemes("\u1100\u1161\u11a8") == ["\u1100\u1161\u11a8"]
    assert graphemes("c\u200da") == ["c\u200d", "a"]
    assert counted_length("mastodon", "🇫🇮🇸🇪🇫") == 3  # two flags and a lone indicator
    link = "https://www.kallioranta.fi/asukkaille/jatehuolto/kesaaikataulu"
    # X: a link is 23, an emoji 2, the euro sign 2, Latin letters and dashes 1.
    assert counted_length("x", f"Lue lisää {link}") == len("Lue lisää ") + 23
    assert counted_length("x", "Hei 👍🏽") == 4 + 2
    assert counted_length("x", "5 € – ok") == 9
    # Mastodon: links 23, a remote mention counts only its user part.
    assert counted_length("mastodon", "@sari@some.fi https://a.fi") == len("@sari ") + 23
    # Bluesky: the app shortens the link to host + 13 characters of the path + "...".
    assert counted_length("bluesky", link) == len("www.kallioranta.fi/asukkaille/j...")
    # Facebook and the others count characters as typed.
    assert counted_length("facebook", "Hei 👍🏽") == 6
    too_long = "a" * 281
    assert counted_length("x", too_long) == 281


def test_the_rules_warn_about_languages_paid_posts_closed_channels_length_and_media(
    engine: Engine, town: dict[str, int], tmp_path: Path
) -> None:
    image = tmp_path / "tori.jpg"
    image.write_bytes(b"\xff\xd8jpeg")
    video = tmp_path / "valtuusto.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    media_dir = tmp_path / "media"
    img = add_media_file(engine, media_dir, image, actor_id=None)
    again = add_media_file(engine, media_dir, image, actor_id=None)
    assert again.id == img.id  # the same file is stored once
    assert img.path_in(media_dir).read_bytes() == image.read_bytes()
    vid = add_media_file(engine, media_dir, video, actor_id=None)
    assert (img.kind, vid.kind) == ("image", "video")
    vid = save_media(engine, replace(vid, is_live_recording=True), actor_id=None, today=TODAY)
    assert vid.accessible_due_on == TODAY + timedelta(days=14)

    post = _post(
        engine,
        town,
        texts={"fi": "Torilla tapahtuu! " + "x" * 270},
        is_sponsored=True,
        media_ids=(img.id, vid.id),
    )
    change_status(engine, town["x"], "dormant", actor_id=None, reason="tauko")
    channels = load_channel_infos(engine)
    media = load_media(engine, post.media_ids)
    codes = Counter(w.code for w in post_warnings(post, channels, media, TODAY))
    assert codes == {
        "language": 1,  # Facebook posts in Swedish too
        "sponsored": 2,  # neither channel may run paid posts
        "channel_status": 1,  # X is dormant
        "length": 1,  # 288 characters on X
        "rights": 2,
        "consent": 2,
        "alt_text": 1,
        "live_recording": 1,
    }
    texts = [w.translated(plain) for w in post_warnings(post, channels, media, TODAY)]
    assert "No Swedish text, though kallioranta posts in Swedish." in texts
    assert "Too long for @kallioranta: 288 characters, at most 280." in texts

    # Filling in what was missing clears the media warnings.
    save_media(
        engine,
        replace(
            img,
            owner="Kallioranta",
            licence="CC BY 4.0",
            consent="not_needed",
            alt_texts={"fi": "Tori kesällä"},
        ),
        actor_id=None,
        today=TODAY,
    )
    save_media(
        engine,
        replace(
            vid,
            owner="Kallioranta",
            licence="oma",
            consent="obtained",
            is_live_recording=True,
            accessible_due_on=vid.accessible_due_on,
            accessible_done_on=TODAY,
            has_captions=True,
        ),
        actor_id=None,
        today=TODAY,
    )
    media = load_media(engine, post.media_ids)
    codes = Counter(w.code for w in post_warnings(post, channels, media, TODAY))
    assert not {"rights", "consent", "alt_text", "live_recording", "captions"} & set(codes)


def test_frequency_targets_are_judged_per_day_and_iso_week(engine: Engine) -> None:
    fb = create_channel(engine, platform="facebook", address="kallioranta", status="active")
    details = load_channel(engine, fb.id or 0)
    save_channel(
        engine,
        replace(
            details,
            posts_per_week_min=5,
            posts_per_day_min=1,
            posts_per_day_max=2,
            spread_busy_days=True,
        ),
        actor_id=None,
    )
    channels = load_channel_infos(engine)
    monday = date(2026, 11, 23)
    counts = Counter({(fb.id, monday): 3, (fb.id, monday + timedelta(days=1)): 2})
    found = frequency_warnings(counts, channels, monday, monday + timedelta(days=6), TODAY)
    by_code = {(w.code, w.day) for w in found}
    assert ("per_day_max", monday) in by_code
    assert ("spread", monday + timedelta(days=1)) in by_code
    assert ("per_day_min", monday + timedelta(days=2)) in by_code
    assert ("per_week_min", monday + timedelta(days=6)) not in by_code  # 5 posts: target met
    # A week that is over: no minimums judged, the maximum still is.
    past = monday - timedelta(days=14)
    counts = Counter({(fb.id, past): 3})
    found = frequency_warnings(counts, channels, past, past + timedelta(days=6), TODAY)
    assert {w.code for w in found} == {"per_day_max"}
    (week,) = [
        w
        for w in frequency_warnings(Counter(), channels, monday, monday, TODAY)
        if w.code == "per_week_min"
    ]
    assert week.translated(plain) == "kallioranta: 0 posts in week 48, at least 5."


def test_holidays_of_finland_and_sweden() -> None:
    fi = holidays_between("FI", date(2026, 6, 1), date(2026, 12, 31), "fi")
    assert fi[date(2026, 6, 19)] == "Juhannusaatto"
    assert fi[date(2026, 12, 6)] == "Itsenäisyyspäivä"
    sv_fi = holidays_between("FI", date(2026, 12, 6), date(2026, 12, 6), "sv")
    assert sv_fi[date(2026, 12, 6)] == "Självständighetsdagen"
    se = holidays_between("SE", date(2026, 6, 1), date(2026, 12, 31), "sv")
    assert se[date(2026, 6, 19)] == "Midsommarafton"  # offices are closed: shown as a holiday
    assert se[date(2026, 6, 6)] == "Nationaldagen"
    assert se[date(2026, 12, 24)] == "Julafton"
    assert date(2026, 6, 7) not in se  # Sundays are not listed as holidays


def test_crisis_mode_pauses_future_non_crisis_posts_and_resumes_them(
    engine: Engine, town: dict[str, int]
) -> None:
    future = _post(engine, town)
    crisis_post = _post(engine, town, title="Vesikatko", is_crisis=True)
    past = _post(engine, town, targets=(TargetDetails(town["fb"], _at(20)),))
    with pytest.raises(CrisisError):
        start_crisis(engine, reason=" ", actor_id=None, now=NOW)
    paused = start_crisis(engine, reason="Vesijohtovaurio", actor_id=town["approver"], now=NOW)
    assert paused == 2
    assert {t.status for t in load_post(engine, future.id).targets} == {"paused"}
    assert {t.status for t in load_post(engine, crisis_post.id).targets} == {"planned"}
    assert load_post(engine, past.id).targets[0].status == "planned"
    state = active_crisis(engine)
    assert state is not None and state.reason == "Vesijohtovaurio"
    assert state.started_by == "Sari Virtanen"
    with pytest.raises(CrisisError):
        start_crisis(engine, reason="toinen", actor_id=None, now=NOW)
    with pytest.raises(CrisisError):
        resume(engine, {future.targets[0].id: _at(26)}, actor_id=None)

    waiting = end_crisis(engine, actor_id=town["approver"], now=NOW + timedelta(hours=5))
    assert {w.target_id for w in waiting} == {t.id for t in future.targets}
    assert active_crisis(engine) is None
    resume(engine, {future.targets[0].id: _at(26)}, actor_id=None)
    after = load_post(engine, future.id)
    assert after.targets[0].status == "planned" and after.targets[0].scheduled_at == _at(26)
    assert after.targets[1].status == "paused"  # not chosen: stays paused, still there
    assert [a["paused"] for a in _audit(engine, "crisis.start")] == [2]
    assert len(_audit(engine, "crisis.end")) == 1


def test_the_calendar_view_has_entries_warnings_and_holidays(
    engine: Engine, town: dict[str, int]
) -> None:
    _post(engine, town, texts={"fi": "Vain suomeksi."})
    data = load_calendar(
        engine, date(2026, 11, 23), date(2026, 12, 6), tz=TZ, today=TODAY, country="FI"
    )
    assert [e.channel_id for e in data.entries] == [town["fb"], town["x"]]
    fb_entry = data.entries[0]
    assert fb_entry.at == _at(24) and fb_entry.day == date(2026, 11, 24)
    assert [w.code for w in fb_entry.warnings] == ["language"]
    assert data.entries[1].warnings == ()  # X posts in Finnish only
    assert data.holidays == {date(2026, 12, 6): "Itsenäisyyspäivä"}
    only_x = load_calendar(
        engine,
        date(2026, 11, 23),
        date(2026, 12, 6),
        tz=TZ,
        today=TODAY,
        channel_ids=frozenset({town["x"]}),
    )
    assert [e.channel_id for e in only_x.entries] == [town["x"]]


def test_ics_export_has_stable_uids_and_parses_with_an_independent_parser(
    engine: Engine, town: dict[str, int]
) -> None:
    post = _post(
        engine, town, texts={"fi": "Satutunti, tervetuloa!", "sv": "Sagostund; välkommen!"}
    )
    first = export_ics(engine, date(2026, 11, 1), date(2026, 11, 30), tz=TZ, language="sv")
    assert first.events == 2
    cal = vobject.readOne(first.data.decode("utf-8"))
    events = sorted(cal.vevent_list, key=lambda e: e.dtstart.value)
    assert events[0].dtstart.value == _at(24).astimezone(UTC)
    assert "Sagostund; välkommen!" in events[0].description.value
    assert events[0].status.value == "TENTATIVE"
    uids = [e.uid.value for e in events]
    assert len(set(uids)) == 2

    reschedule_target(engine, post.targets[0].id, _at(25), actor_id=None)
    change_post_status(engine, post.id, "cancelled", actor_id=None)
    second = vobject.readOne(
        export_ics(engine, date(2026, 11, 1), date(2026, 11, 30), tz=TZ, language="fi").data.decode(
            "utf-8"
        )
    )
    again = {e.uid.value: e for e in second.vevent_list}
    assert set(again) == set(uids)  # the same events, updated
    moved = again[uids[0]]
    assert moved.dtstart.value == _at(25).astimezone(UTC)
    assert int(moved.sequence.value) > int(events[0].sequence.value)
    assert moved.status.value == "CANCELLED"
    only_x = export_ics(
        engine, date(2026, 11, 1), date(2026, 11, 30), tz=TZ, channel_ids=frozenset({town["x"]})
    )
    assert only_x.events == 1


def test_the_lists_behind_today_span_whatever_days_their_posts_fall_on(
    engine: Engine, town: dict[str, int]
) -> None:
    from kuntasome.core.calendar.attention import Attention, attention_range, load_attention

    later = _post(
        engine, town, targets=(TargetDetails(town["fb"], datetime(2027, 2, 3, 9, 0, tzinfo=TZ)),)
    )
    change_post_status(engine, later.id, "in_review", actor_id=town["author"])
    soon = _post(engine, town, title="Joulukonsertti")
    change_post_status(engine, soon.id, "in_review", actor_id=town["author"])
    _post(engine, town, title="Luonnos")  # a draft: not waiting for approval
    idea = _post(engine, town, title="Idea ilman aikaa", targets=())
    change_post_status(engine, idea.id, "in_review", actor_id=town["author"])

    first, last = attention_range(engine, Attention.IN_REVIEW, TZ, NOW)
    assert (first, last) == (date(2026, 11, 24), date(2027, 2, 3))  # not just this month
    data = load_attention(engine, Attention.IN_REVIEW, tz=TZ, now=NOW)
    assert {e.post_id for e in data.entries} == {later.id, soon.id}
    assert [p.post_id for p in data.unscheduled] == [idea.id]

    # Scheduled on the 24th and not marked published: missed once the time has passed.
    scheduled = _post(engine, town, title="Aikataulutettu")
    for status, actor in (
        ("in_review", "author"),
        ("approved", "approver"),
        ("scheduled", "author"),
    ):
        change_post_status(engine, scheduled.id, status, actor_id=town[actor])
    assert load_attention(engine, Attention.MISSED, tz=TZ, now=NOW).entries == []
    after = datetime(2026, 11, 25, 8, 0, tzinfo=TZ)
    missed = load_attention(engine, Attention.MISSED, tz=TZ, now=after)
    assert {e.post_id for e in missed.entries} == {scheduled.id}
    assert len(missed.entries) == 2  # one per channel
