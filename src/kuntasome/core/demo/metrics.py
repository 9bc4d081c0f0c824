"""Daily channel metrics and per-post metrics of the demo town, shaped like real exports."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from kuntasome.core.statistics.metrics import DAILY_METRICS, POST_METRICS

BASE_FOLLOWERS = {
    "facebook": 6400,
    "instagram": 3100,
    "x": 2200,
    "linkedin": 1800,
    "youtube": 450,
    "tiktok": 900,
    "bluesky": 300,
}


def daily_metric_rows(
    channels: Sequence[dict[str, Any]], start: date, today: date, seed: float
) -> Iterator[dict[str, Any]]:
    """Followers grow with a seasonal rhythm; reach and engagement peak on posting days."""
    for ch in channels:
        if ch["status"] == "reserved":
            continue
        rng = random.Random(f"{ch['id']}-{seed}")
        followers = BASE_FOLLOWERS.get(ch["platform"], 500) * rng.uniform(0.5, 1.3)
        per_week = ch["posts_per_week_min"] or 0
        day = start
        end = ch["closed_on"] or today
        while day <= end:
            season = 1.0 + 0.25 * math.sin(2 * math.pi * day.timetuple().tm_yday / 365)
            posts = rng.random() < per_week / 7
            follows = max(0, round(rng.gauss(followers * 0.0009 * season, 2)))
            unfollows = max(0, round(rng.gauss(followers * 0.0003, 1)))
            followers += follows - unfollows
            reach = followers * rng.uniform(0.05, 0.25) * (2.2 if posts else 1.0)
            impressions = reach * rng.uniform(1.1, 1.6)
            reactions = reach * rng.uniform(0.01, 0.04)
            comments = reactions * rng.uniform(0.05, 0.2)
            shares = reactions * rng.uniform(0.03, 0.12)
            clicks = reach * rng.uniform(0.002, 0.012)
            values = {
                "followers": followers,
                "follows": follows,
                "unfollows": unfollows,
                "reach": reach,
                "impressions": impressions,
                "engagements": reactions + comments + shares + clicks,
                "reactions": reactions,
                "comments": comments,
                "shares": shares,
                "link_clicks": clicks,
                "profile_visits": reach * rng.uniform(0.01, 0.03),
                "video_views": impressions * rng.uniform(0.05, 0.3),
                "posts": int(posts),
            }
            for metric in DAILY_METRICS:
                yield {
                    "channel_id": ch["id"],
                    "day": day,
                    "metric": metric,
                    "value": float(round(values[metric])),
                }
            day += timedelta(days=1)


def post_metric_rows(targets: Sequence[dict[str, Any]], seed: float) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for t in targets:
        reach = rng.lognormvariate(6.5, 0.9)
        values = {
            "impressions": reach * 1.3,
            "reach": reach,
            "reactions": reach * 0.03,
            "comments": reach * 0.004,
            "shares": reach * 0.003,
            "link_clicks": reach * 0.008,
            "video_views": reach * 0.2,
            "engagements": reach * 0.045,
        }
        for metric in POST_METRICS:
            yield {
                "channel_id": t["channel_id"],
                "external_id": t["external_id"],
                "post_target_id": t["id"],
                "published_at": t["published_at"],
                "url": t["published_url"],
                "metric": metric,
                "value": float(round(values[metric])),
            }
