"""Fill a database with the fictional town of Kallioranta – Bergstrand.

Deterministic for a seed and an anchor date (``today``): the same arguments give the same
rows. ``scale="large"`` builds the benchmark municipality (≥ 50 channels, ≥ 100,000 posts,
≥ 300,000 moderation entries, ≥ 5,000,000 metric values over ten years).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import Engine, delete, insert, update
from sqlmodel import SQLModel, col

from kuntasome.core.audit import details_json
from kuntasome.core.channels.colours import next_colour
from kuntasome.core.db import reset_id_sequences
from kuntasome.core.demo import content as c
from kuntasome.core.demo.calendar import local_time, next_working_day, working_day
from kuntasome.core.demo.metrics import BASE_FOLLOWERS, daily_metric_rows, post_metric_rows
from kuntasome.core.demo.moderation import checkin_rows, moderation_rows
from kuntasome.core.demo.state import make_room, mark_unfinished, table_of
from kuntasome.core.demo.topics import PLACES, TOPICS, fill
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.messages import Message
from kuntasome.core.models import (
    AccessGrant,
    AuditLog,
    BlockedUser,
    Campaign,
    Channel,
    ChannelDailyMetric,
    ChannelRequest,
    ChannelReview,
    ModerationEntry,
    MonitoringCheckin,
    Person,
    PersonRole,
    Post,
    PostMetric,
    PostTarget,
    PostText,
    RecordsPlanCode,
    Setting,
    Unit,
)
from kuntasome.core.moderation.log import CHAIN_LOCK_KEY

Scale = Literal["small", "large"]
Progress = Callable[[Message], None]
CHUNK = 20_000


@dataclass
class ScaleSpec:
    extra_channels: int
    posts_per_day: float
    moderation_per_working_day: float


SCALES: dict[str, ScaleSpec] = {
    "small": ScaleSpec(extra_channels=0, posts_per_day=2.2, moderation_per_working_day=1.6),
    "large": ScaleSpec(extra_channels=72, posts_per_day=34.0, moderation_per_working_day=120.0),
}

RECORDS_PLAN = (
    ("channel", "00.01.03", "Sosiaalisen median kanavarekisteri", None),
    ("post", "00.01.04", "Julkaisut sosiaalisessa mediassa", 10),
    ("moderation_removal", "00.01.05", "Poistetut viestit ja todisteet", 10),
    ("moderation_other", "00.01.05", "Vuorovaikutus ja vastaukset", 2),
    ("blocked_user", "00.01.05", "Estetyt käyttäjät", 10),
    ("statistics", "00.01.06", "Sosiaalisen median tilastot", 5),
    ("report", "00.01.06", "Sosiaalisen median raportit johdolle", None),
)


@dataclass
class DemoSummary:
    channels: int = 0
    people: int = 0
    posts: int = 0
    targets: int = 0
    moderation_entries: int = 0
    blocked_users: int = 0
    checkins: int = 0
    daily_metric_values: int = 0
    post_metric_values: int = 0
    seconds: float = 0.0

    @property
    def metric_values(self) -> int:
        return self.daily_metric_values + self.post_metric_values


def _chunks(rows: Iterable[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Builder:
    def __init__(
        self, engine: Engine, seed: int, years: int, scale: Scale, today: date, progress: Progress
    ) -> None:
        self.engine = engine
        self.rng = random.Random(seed)
        self.years = years
        self.spec = SCALES[scale]
        self.today = today
        self.now = local_time(today, 12)  # fixed, so a seed and a date give the same rows
        self.start = today - timedelta(days=round(365.25 * years))
        self.progress = progress
        self.summary = DemoSummary()
        self.channels: list[dict[str, Any]] = []
        self.person_ids: dict[str, int] = {}
        self.moderators: list[int] = []

    # -- helpers -------------------------------------------------------------------------
    def _insert(self, model: type[SQLModel], rows: Iterable[dict[str, Any]]) -> int:
        table = table_of(model)
        n = 0
        with self.engine.begin() as conn:
            for batch in _chunks(rows):
                # executemany binds the first row's keys: group rows that set other columns.
                groups: dict[frozenset[str], list[dict[str, Any]]] = {}
                for row in batch:
                    groups.setdefault(frozenset(row), []).append(row)
                for group in groups.values():
                    conn.execute(insert(table), group)
                n += len(batch)
            if "id" in table.c:
                reset_id_sequences(conn, [table.name])
        return n

    # -- organisation ----------------------------------------------------------------------
    def organisation(self) -> None:
        settings = [
            {"key": "organisation_name", "value": c.ORGANISATION},
            {"key": "country", "value": "FI"},
            {"key": "content_languages", "value": "fi,sv"},
        ]
        # The welcome dialog may have saved the organisation already: the demo town's replace it.
        with self.engine.begin() as conn:
            conn.execute(
                delete(table_of(Setting)).where(
                    table_of(Setting).c.key.in_([row["key"] for row in settings])
                )
            )
        self._insert(Setting, settings)
        self._insert(
            Unit,
            [
                {"id": i + 1, "name": u.fi, "name_sv": u.sv, "name_en": u.en}
                for i, u in enumerate(c.UNITS)
            ],
        )
        self.unit_ids = {u.key: i + 1 for i, u in enumerate(c.UNITS)}
        people: list[dict[str, Any]] = []
        roles: list[dict[str, Any]] = []
        for i, p in enumerate(c.PEOPLE, start=1):
            first, last = p.name.split(" ", 1)
            left = self.today - timedelta(days=120) if p.left else None
            people.append(
                {
                    "id": i,
                    "name": p.name,
                    "title": p.title,
                    "unit_id": self.unit_ids[p.unit],
                    "email": f"{first}.{last}@kallioranta.fi".lower()
                    .replace("ä", "a")
                    .replace("ö", "o")
                    .replace("å", "a"),
                    "signature": p.signature,
                    "left_on": left,
                }
            )
            roles.extend({"person_id": i, "role": r} for r in p.roles)
            self.person_ids[p.name] = i
            if "moderator" in p.roles and not p.left:
                self.moderators.append(i)
        self.summary.people = self._insert(Person, people)
        self._insert(PersonRole, roles)
        self._insert(
            RecordsPlanCode,
            [
                {"record_type": t, "code": code, "title": title, "retention_years": years}
                for t, code, title, years in RECORDS_PLAN
            ],
        )

    # -- channels --------------------------------------------------------------------------
    def _channel_specs(self) -> list[c.ChannelSpec]:
        specs = list(c.CHANNELS)
        platforms = sorted(BASE_FOLLOWERS)
        for i in range(self.spec.extra_channels):
            unit = c.UNITS[i % len(c.UNITS)]
            platform = platforms[i % len(platforms)]
            slug = f"kallioranta_{unit.key}_{i}"
            specs.append(
                c.ChannelSpec(
                    platform,
                    f"@{slug}" if platform not in ("facebook", "linkedin") else slug,
                    f"{unit.fi} {i}",
                    f"https://example.invalid/{platform}/{slug}",
                    unit.key,
                    "Sari Virtanen",
                    "fi,sv",
                    "active",
                    f"{unit.fi}: ajankohtaista.",
                    "Kuntalaiset",
                    2 + i % 4,
                )
            )
        return specs

    def channels_and_access(self) -> None:
        rows: list[dict[str, Any]] = []
        grants, reviews = [], []
        sari = self.person_ids["Sari Virtanen"]
        for i, s in enumerate(self._channel_specs(), start=1):
            created = self.start - timedelta(days=self.rng.randrange(200, 1500))
            reviewed = self.today - timedelta(days=self.rng.randrange(30, 500))
            next_review = reviewed + timedelta(days=365)
            row = {
                "id": i,
                "platform": s.platform,
                "handle": s.handle,
                "display_name": s.name,
                "url": s.url,
                "unit_id": self.unit_ids[s.unit],
                "manager_id": self.person_ids[s.manager],
                "purpose": s.purpose,
                "purpose_sv": c.PURPOSE_SV.get(s.purpose, ""),
                "audience": s.audience,
                "languages": s.languages,
                "status": s.status,
                "status_changed_at": local_time(created, 10),
                "review_interval_months": 12,
                "last_reviewed_on": reviewed if s.status != "reserved" else None,
                "next_review_on": next_review if s.status not in ("closed",) else None,
                "posts_per_week_min": s.per_week or None,
                "posts_per_day_max": 3 if s.per_week else None,
                "may_sponsor": s.sponsor,
                "is_crisis_channel": s.crisis,
                "is_public": s.public,
                "two_factor_method": s.two_factor,
                "closed_on": self.today - timedelta(days=300) if s.status == "closed" else None,
                "created_at": local_time(created, 9),
                "updated_at": local_time(reviewed, 9),
                "tone_of_voice": "Asiallinen, lämmin ja selkeä; vastataan samalla kielellä.",
                "colour": next_colour(r["colour"] for r in rows if r["status"] != "closed"),
            }
            rows.append(row)
            self.channels.append(row)
            if s.status in ("closed",):
                continue
            admins = [sari, self.person_ids[s.manager]]
            if s.unit != "kanslia":
                admins.append(self.person_ids["Mikko Heikkinen"])
            for person_id in dict.fromkeys(admins):
                verified = self.today - timedelta(days=self.rng.choice((20, 45, 70, 150)))
                grants.append(
                    {
                        "channel_id": i,
                        "person_id": person_id,
                        "role": "admin",
                        "granted_on": created,
                        "last_verified_on": verified,
                    }
                )
            for name, role in (("Sara Lindqvist", "editor"), ("Jukka Mäkelä", "moderator")):
                if s.unit in ("kanslia", "nuoriso") or self.rng.random() < 0.3:
                    grants.append(
                        {
                            "channel_id": i,
                            "person_id": self.person_ids[name],
                            "role": role,
                            "granted_on": created + timedelta(days=30),
                            "last_verified_on": self.today - timedelta(days=60),
                        }
                    )
            if i in (1, 2):  # someone who has left still has access: a warning to act on
                grants.append(
                    {
                        "channel_id": i,
                        "person_id": self.person_ids["Leena Saarinen"],
                        "role": "editor",
                        "granted_on": created,
                        "last_verified_on": self.today - timedelta(days=200),
                    }
                )
            if s.status == "active":
                reviews.append(
                    {
                        "channel_id": i,
                        "reviewed_on": reviewed,
                        "reviewer_id": sari,
                        "outcome": "keep",
                        "notes": "Kanava palvelee tarkoitustaan; julkaisutahti sovittu ennallaan.",
                    }
                )
        self.summary.channels = self._insert(Channel, rows)
        self._insert(AccessGrant, grants)
        self._insert(ChannelReview, reviews)
        tiktok = next(ch["id"] for ch in rows if ch["platform"] == "tiktok")
        self._insert(
            ChannelRequest,
            [
                {
                    "requested_by_id": self.person_ids["Jukka Mäkelä"],
                    "unit_id": self.unit_ids["nuoriso"],
                    "platform": "tiktok",
                    "proposed_name": "Kalliorannan nuoret",
                    "purpose": "Tavoittaa nuoret siellä, missä he ovat.",
                    "target_audiences": "13–20-vuotiaat",
                    "content_plan": "2 videota viikossa",
                    "desired_effects": "Nuorisotilojen kävijämäärä kasvaa.",
                    "hours_per_week": 4.0,
                    "maintainers": "Jukka Mäkelä, nuoriso-ohjaajat",
                    "complements_website": "Ohjaa verkkosivujen tapahtumakalenteriin.",
                    "has_profile_picture": True,
                    "has_description": True,
                    "has_page_rules": True,
                    "status": "approved",
                    "decided_by_id": sari,
                    "decided_at": local_time(self.start - timedelta(days=90), 11),
                    "decision_reason": "Perusteltu tarve, resurssit varattu.",
                    "channel_id": tiktok,
                },
                {
                    "requested_by_id": self.person_ids["Anna Nyström"],
                    "unit_id": self.unit_ids["kirjasto"],
                    "platform": "threads",
                    "proposed_name": "Kalliorannan kirjasto",
                    "purpose": "Lukuvinkit ja keskustelu.",
                    "target_audiences": "Aikuiset lukijat",
                    "content_plan": "3 julkaisua viikossa",
                    "desired_effects": "Lainausmäärät kasvavat.",
                    "hours_per_week": 2.0,
                    "maintainers": "Kirjaston henkilökunta",
                    "has_profile_picture": True,
                    "complements_website": "Nostaa verkkokirjaston sisältöjä.",
                    "status": "pending",
                },
            ],
        )

    # -- posts -----------------------------------------------------------------------------
    def posts(self) -> None:
        active = [ch for ch in self.channels if ch["status"] in ("active", "dormant")]
        weights = [max(1, ch["posts_per_week_min"] or 1) for ch in active]
        topics = list(TOPICS)
        # In season, on the channels of the units it concerns. (Zero weights: the random
        # draws stay the same in number, so the rest of the town is as it was.)
        in_season = {
            month: [t.weight if t.in_season(month) else 0 for t in topics] for month in range(1, 13)
        }
        unit_of = {i: key for key, i in self.unit_ids.items()}
        fitting = {
            t.title: [
                w if t.fits(unit_of[ch["unit_id"]]) else 0
                for ch, w in zip(active, weights, strict=True)
            ]
            for t in topics
        }
        horizon = self.today + timedelta(days=42)
        campaigns = [
            {
                "id": 1,
                "name": "Kesä Kalliorannassa – Sommar i Bergstrand",
                "starts_on": date(self.today.year, 6, 1),
                "ends_on": date(self.today.year, 8, 31),
                "description": "Kesätapahtumat ja matkailu.",
            },
            {
                "id": 2,
                "name": "Rekrytointi – Rekrytering",
                "starts_on": self.start,
                "ends_on": horizon,
                "description": "Työnantajakuva ja avoimet työpaikat.",
            },
        ]
        self._insert(Campaign, campaigns)
        approvers = [self.person_ids[n] for n in ("Sari Virtanen", "Mikko Heikkinen")]
        authors = [
            self.person_ids[n]
            for n in ("Sari Virtanen", "Sara Lindqvist", "Mikko Heikkinen", "Emma Korhonen")
        ]
        posts: list[dict[str, Any]] = []
        texts: list[dict[str, Any]] = []
        targets: list[dict[str, Any]] = []
        post_id = target_id = 0
        day = self.start
        while day <= horizon:
            mean = self.spec.posts_per_day * (1.0 if working_day(day) else 0.45)
            count = max(0, round(self.rng.gauss(mean, math.sqrt(mean))))
            for _ in range(count):
                post_id += 1
                topic = self.rng.choices(topics, in_season[day.month])[0]
                event_day = day + timedelta(days=self.rng.randrange(1, 10))
                if not working_day(event_day):  # councils and libraries meet on weekdays
                    event_day = next_working_day(event_day)
                hour, minute = (
                    self.rng.choice((8, 9, 10, 12, 14, 15, 16, 18)),
                    self.rng.choice((0, 15, 30, 45)),
                )
                at = local_time(day, hour, minute)
                future = day > self.today
                if future:
                    status = self.rng.choices(
                        ("idea", "draft", "in_review", "approved", "scheduled"), (1, 2, 2, 2, 4)
                    )[0]
                else:
                    status = "cancelled" if self.rng.random() < 0.03 else "published"
                approved = status in ("approved", "scheduled", "published")
                posts.append(
                    {
                        "id": post_id,
                        "title": topic.title,
                        "status": status,
                        "campaign_id": 2 if topic.title == "Avoin työpaikka" else None,
                        "is_sponsored": False,
                        "is_crisis": False,
                        "created_by_id": self.rng.choice(authors),
                        "approved_by_id": self.rng.choice(approvers) if approved else None,
                        "approved_at": at - timedelta(hours=20) if approved else None,
                        "created_at": at - timedelta(days=3),
                        "updated_at": at - timedelta(hours=20),
                        "notes": "",
                    }
                )
                event_hour = self.rng.choice((9, 12, 14, 17, 18))
                place = self.rng.choice(PLACES)
                for lang, template in (("fi", topic.fi), ("sv", topic.sv), ("en", topic.en)):
                    if template:
                        body = fill(template, lang, event_day, event_hour, place)
                        texts.append({"post_id": post_id, "language": lang, "body": body})
                n_targets = self.rng.choices((1, 2, 3), (5, 3, 1))[0]
                chosen = {
                    id(ch): ch for ch in self.rng.choices(active, fitting[topic.title], k=n_targets)
                }
                for ch in chosen.values():
                    if (
                        ch["status"] == "dormant"
                        and not future
                        and day > self.today - timedelta(days=200)
                    ):
                        continue
                    target_id += 1
                    published = status == "published"
                    ext = f"{ch['id']}{post_id:07d}{target_id:07d}"
                    targets.append(
                        {
                            "id": target_id,
                            "post_id": post_id,
                            "channel_id": ch["id"],
                            "scheduled_at": at,
                            "status": {
                                "published": "published",
                                "cancelled": "cancelled",
                                "scheduled": "scheduled",
                            }.get(status, "planned"),
                            "published_at": at + timedelta(minutes=self.rng.randrange(0, 9))
                            if published
                            else None,
                            "published_url": f"{ch['url']}/posts/{ext}" if published else "",
                            "external_id": ext if published else "",
                        }
                    )
            day += timedelta(days=1)
        self.summary.posts = self._insert(Post, posts)
        self._insert(PostText, texts)
        self.summary.targets = self._insert(PostTarget, targets)
        self.published_targets = [t for t in targets if t["status"] == "published"]
        self.progress(
            Message(
                "Demo", QT_TRANSLATE_NOOP("Demo", "Posts written: {count}"), {"count": len(posts)}
            )
        )

    # -- moderation ------------------------------------------------------------------------
    def moderation(self) -> None:
        entries, blocks = moderation_rows(
            self.rng,
            self.channels,
            self.moderators,
            self.start,
            self.now,
            self.spec.moderation_per_working_day,
        )
        self.summary.moderation_entries = self._insert(ModerationEntry, entries)
        if entries:  # the chain's head, as the log's own writer keeps it
            head = f"{entries[-1]['id']}:{entries[-1]['entry_hash']}"
            with self.engine.begin() as conn:
                conn.execute(
                    update(Setting).where(col(Setting.key) == CHAIN_LOCK_KEY).values(value=head)
                )
        self.summary.blocked_users = self._insert(BlockedUser, blocks)
        self.progress(
            Message(
                "Demo",
                QT_TRANSLATE_NOOP("Demo", "Moderation entries written: {count}"),
                {"count": len(entries)},
            )
        )

    def checkins(self) -> None:
        base = self.channels[: len(c.CHANNELS)]
        watched = [ch["id"] for ch in base if ch["status"] == "active"]
        rows = checkin_rows(self.rng, watched, self.moderators, self.start, self.now)
        self.summary.checkins = self._insert(MonitoringCheckin, rows)

    # -- statistics ------------------------------------------------------------------------
    def statistics(self) -> None:
        daily = daily_metric_rows(self.channels, self.start, self.today, self.rng.random())
        self.summary.daily_metric_values = self._insert(ChannelDailyMetric, daily)
        self.progress(
            Message(
                "Demo",
                QT_TRANSLATE_NOOP("Demo", "Daily metric values written: {count}"),
                {"count": self.summary.daily_metric_values},
            )
        )
        per_post = post_metric_rows(self.published_targets, self.rng.random())
        self.summary.post_metric_values = self._insert(PostMetric, per_post)

    def audit(self) -> None:
        sari = self.person_ids["Sari Virtanen"]
        rows = [
            {
                "at": ch["status_changed_at"],
                "actor_id": sari,
                "actor_name": "Sari Virtanen",
                "action": "channel.status",
                "entity": "channel",
                "entity_id": ch["id"],
                "details": details_json(to=ch["status"]),
            }
            for ch in self.channels
        ]
        self._insert(AuditLog, rows)


def generate_demo(
    engine: Engine,
    *,
    seed: int = 1,
    years: int = 2,
    scale: Scale = "small",
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo town. Refuses a database that has channels —
    except one whose demo was interrupted (killed, a full disk): that one is emptied and
    made again, since nothing but the demo was ever in it."""
    if scale not in SCALES:
        raise ValueError(scale)
    make_room(engine)  # refuses a register; empties an interrupted demo
    started = time.perf_counter()
    mark_unfinished(engine, True)  # until the last step, the database holds half a demo
    b = _Builder(
        engine,
        seed,
        max(1, years),
        scale,
        today or date.today(),
        progress or (lambda _message: None),
    )
    b.organisation()
    b.channels_and_access()
    b.posts()
    b.moderation()
    b.checkins()
    b.statistics()
    b.audit()
    mark_unfinished(engine, False)
    b.summary.seconds = time.perf_counter() - started
    return b.summary
