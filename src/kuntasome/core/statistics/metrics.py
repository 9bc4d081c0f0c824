"""Canonical names of the normalised metrics, shared by importers, charts and reports."""

from __future__ import annotations

DAILY_METRICS: tuple[str, ...] = (
    "followers",
    "follows",
    "unfollows",
    "reach",
    "impressions",
    "engagements",
    "reactions",
    "comments",
    "shares",
    "link_clicks",
    "profile_visits",
    "video_views",
    "posts",
)

POST_METRICS: tuple[str, ...] = (
    "impressions",
    "reach",
    "engagements",
    "reactions",
    "comments",
    "shares",
    "link_clicks",
    "video_views",
)
