"""The platforms KuntaSome knows: names, and how their handles and URLs are written.

``normalise(platform, text)`` accepts what a communicator pastes (a profile URL, an
@handle, a bare name) and returns the canonical handle and https profile URL, or raises
a :class:`HandleError` saying what the platform expects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from kuntasome.core.errors import UserError
from kuntasome.core.i18n import QT_TRANSLATE_NOOP


class HandleError(UserError):
    """A handle or URL that the platform would not accept."""


@dataclass(frozen=True)
class Platform:
    key: str
    name: str
    hosts: tuple[str, ...]
    example: str


PLATFORMS: dict[str, Platform] = {
    p.key: p
    for p in (
        Platform(
            "facebook",
            "Facebook",
            ("facebook.com", "fb.com"),
            "https://www.facebook.com/kallioranta",
        ),
        Platform("instagram", "Instagram", ("instagram.com",), "@kalliorannankaupunki"),
        Platform("x", "X", ("x.com", "twitter.com"), "@kallioranta"),
        Platform("threads", "Threads", ("threads.net", "threads.com"), "@kalliorannankaupunki"),
        Platform("tiktok", "TikTok", ("tiktok.com",), "@kalliorannan_nuoret"),
        Platform("youtube", "YouTube", ("youtube.com",), "@kalliorannankaupunki"),
        Platform(
            "linkedin",
            "LinkedIn",
            ("linkedin.com",),
            "https://www.linkedin.com/company/kalliorannan-kaupunki",
        ),
        Platform("mastodon", "Mastodon", (), "@kallioranta@some.fi"),
        Platform("bluesky", "Bluesky", ("bsky.app",), "kallioranta.bsky.social"),
    )
}

_AT_HANDLE = {
    # platform: (pattern of the name without @, lowercase it?)
    "instagram": (re.compile(r"[a-z0-9._]{1,30}"), True),
    "threads": (re.compile(r"[a-z0-9._]{1,30}"), True),
    "x": (re.compile(r"[A-Za-z0-9_]{1,15}"), False),
    "tiktok": (re.compile(r"[a-z0-9._]{2,24}"), True),
}
_FACEBOOK = re.compile(r"[A-Za-z0-9.\-]{5,80}")
_YOUTUBE_HANDLE = re.compile(r"[A-Za-z0-9._\-]{3,30}")
_YOUTUBE_CHANNEL = re.compile(r"UC[A-Za-z0-9_\-]{22}")
_LINKEDIN = re.compile(r"[a-z0-9\-_%]{2,100}")
_DOMAIN = re.compile(r"(?=.{4,253}$)([a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
_MASTODON_USER = re.compile(r"[A-Za-z0-9_]{1,30}")
_DID = re.compile(r"did:(plc:[a-z2-7]{24}|web:[a-z0-9.\-]+)")


@dataclass(frozen=True)
class Normalised:
    handle: str
    url: str


def _error(platform: str, text: str) -> HandleError:
    return HandleError(
        QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not a valid {platform} address. Write it like this: {example}"
        ),
        value=text,
        platform=PLATFORMS[platform].name,
        example=PLATFORMS[platform].example,
    )


def _url_path(platform: str, text: str) -> list[str] | None:
    """The path segments of a profile URL on one of the platform's hosts, else None."""
    if "://" not in text and not text.lower().startswith(("www.", *PLATFORMS[platform].hosts)):
        return None
    if text.lower().startswith("http://"):
        raise HandleError(
            QT_TRANSLATE_NOOP("Errors", "Use a secure https:// address, not http://: {value}"),
            value=text,
        )
    parts = urlsplit(text if "://" in text else "https://" + text)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    hosts = PLATFORMS[platform].hosts
    if hosts and host not in hosts:
        raise _error(platform, text)
    return [seg for seg in parts.path.split("/") if seg]


def normalise(platform: str, text: str) -> Normalised:
    """The canonical handle and https URL for what the user wrote."""
    if platform not in PLATFORMS:
        raise HandleError(
            QT_TRANSLATE_NOOP("Errors", "Unknown platform: {platform}"), platform=platform
        )
    raw = text.strip()
    if not raw:
        raise _error(platform, text)
    normaliser = _NORMALISERS[platform]
    return normaliser(platform, raw)


def _at_handle(platform: str, raw: str) -> Normalised:
    pattern, lower = _AT_HANDLE[platform]
    segments = _url_path(platform, raw)
    name = (segments[0] if segments else "") if segments is not None else raw
    name = name.removeprefix("@")
    if lower:
        name = name.lower()
    if not pattern.fullmatch(name):
        raise _error(platform, raw)
    host = {
        "instagram": "www.instagram.com",
        "threads": "www.threads.net",
        "x": "x.com",
        "tiktok": "www.tiktok.com",
    }[platform]
    prefix = "@" if platform in ("tiktok", "threads") else ""
    return Normalised(f"@{name}", f"https://{host}/{prefix}{name}")


def _facebook(platform: str, raw: str) -> Normalised:
    segments = _url_path(platform, raw)
    if segments is None:
        name = raw.removeprefix("@")
    elif segments[:1] == ["profile.php"]:
        query = urlsplit(raw if "://" in raw else "https://" + raw).query
        match = re.fullmatch(r"id=(\d{5,20})", query.split("&")[0])
        if not match:
            raise _error(platform, raw)
        return Normalised(
            match.group(1), f"https://www.facebook.com/profile.php?id={match.group(1)}"
        )
    else:
        if segments[:1] == ["pages"] and len(segments) >= 3:
            segments = [segments[-1]]  # /pages/Name/123456 → the page id
        name = segments[0] if segments else ""
    if not _FACEBOOK.fullmatch(name):
        raise _error(platform, raw)
    handle = name.lower()
    return Normalised(handle, f"https://www.facebook.com/{handle}")


def _youtube(platform: str, raw: str) -> Normalised:
    segments = _url_path(platform, raw)
    if segments is None:
        candidate = raw
    elif segments[:1] == ["channel"] and len(segments) >= 2:
        candidate = segments[1]
    else:
        candidate = segments[0] if segments else ""
    if _YOUTUBE_CHANNEL.fullmatch(candidate):
        return Normalised(candidate, f"https://www.youtube.com/channel/{candidate}")
    if not candidate.startswith("@") and segments is not None:
        raise _error(platform, raw)
    name = candidate.removeprefix("@")
    if not _YOUTUBE_HANDLE.fullmatch(name):
        raise _error(platform, raw)
    return Normalised(f"@{name.lower()}", f"https://www.youtube.com/@{name.lower()}")


def _linkedin(platform: str, raw: str) -> Normalised:
    segments = _url_path(platform, raw)
    if segments is None:
        kind, slug = "company", raw.lower()
    elif len(segments) >= 2 and segments[0] in ("company", "showcase", "school"):
        kind, slug = segments[0], segments[1].lower()
    else:
        raise _error(platform, raw)
    if not _LINKEDIN.fullmatch(slug):
        raise _error(platform, raw)
    return Normalised(slug, f"https://www.linkedin.com/{kind}/{slug}")


def _mastodon(platform: str, raw: str) -> Normalised:
    if "://" in raw or raw.lower().startswith("http"):
        if raw.lower().startswith("http://"):
            _url_path(platform, raw)  # raises the https message
        parts = urlsplit(raw)
        segments = [s for s in parts.path.split("/") if s]
        if not segments or not segments[0].startswith("@"):
            raise _error(platform, raw)
        user, instance = segments[0][1:], (parts.hostname or "").lower()
    else:
        match = re.fullmatch(r"@?([^@\s]+)@([^@\s]+)", raw)
        if not match:
            raise _error(platform, raw)
        user, instance = match.group(1), match.group(2).lower()
    if not _MASTODON_USER.fullmatch(user) or not _DOMAIN.fullmatch(instance):
        raise _error(platform, raw)
    return Normalised(f"@{user.lower()}@{instance}", f"https://{instance}/@{user}")


def _bluesky(platform: str, raw: str) -> Normalised:
    segments = _url_path(platform, raw)
    if segments is not None:
        if len(segments) < 2 or segments[0] != "profile":
            raise _error(platform, raw)
        candidate = segments[1]
    else:
        candidate = raw.removeprefix("@")
    if _DID.fullmatch(candidate):
        return Normalised(candidate, f"https://bsky.app/profile/{candidate}")
    candidate = candidate.lower()
    if not _DOMAIN.fullmatch(candidate):
        raise _error(platform, raw)
    return Normalised(candidate, f"https://bsky.app/profile/{candidate}")


_NORMALISERS = {
    "facebook": _facebook,
    "instagram": _at_handle,
    "threads": _at_handle,
    "x": _at_handle,
    "tiktok": _at_handle,
    "youtube": _youtube,
    "linkedin": _linkedin,
    "mastodon": _mastodon,
    "bluesky": _bluesky,
}


def channel_label(name: str, handle: str, platform: str) -> str:
    """A channel as a reader tells it apart: "Kalliorannan kaupunki (Instagram)"."""
    service = PLATFORMS[platform].name if platform in PLATFORMS else platform
    return f"{name or handle} ({service})"
