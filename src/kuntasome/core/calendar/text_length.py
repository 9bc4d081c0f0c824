"""How long a post is the way each platform counts it, and each platform's limit.

- X counts "weighted" characters (twitter-text v3): Latin, Greek, Cyrillic and common
  punctuation weigh 1, anything else (CJK, emoji) 2; every link counts as 23.
- Mastodon counts user-perceived characters (grapheme clusters); every link counts as 23 and
  a mention ``@user@server`` only as ``@user``.
- Bluesky counts grapheme clusters of the text as its app posts it: links are shortened to
  host + the first 13 characters of the path + "...".
- The others count characters as typed (an emoji is one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

LIMITS = {
    "x": 280,
    "bluesky": 300,
    "mastodon": 500,
    "threads": 500,
    "instagram": 2200,
    "tiktok": 2200,
    "linkedin": 3000,
    "facebook": 63206,
}
LINK_LENGTH = 23  # X's t.co and Mastodon's fixed link length

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_MASTODON_MENTION = re.compile(r"(?<![\w@])(@\w+)@[\w.-]+\w", re.UNICODE)
# Code points X weighs 1 (twitter-text v3 configuration); everything else weighs 2.
_X_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))

# Grapheme clusters (user-perceived characters) by Unicode's own rules (UAX #29: combining
# marks, emoji modifiers, ZWJ sequences, flags, keycaps, CR LF, Hangul), as the `regex`
# module implements them and updates them with each Unicode version.
_GRAPHEME = regex.compile(r"\X")
_X_HEAVY = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _X_LIGHT) + "]"
)
# Latin text, dashes, quotes, ellipsis and the euro sign: one grapheme per code point (CR LF
# aside), so counting it needs no segmentation.
_PLAIN = re.compile("[^\u0000-\u02ff\u2010-\u2027\u20ac]")


def graphemes(text: str) -> list[str]:
    """Split *text* into user-perceived characters."""
    return _GRAPHEME.findall(text)


def _is_simple(text: str) -> bool:
    return not _PLAIN.search(text)


def grapheme_count(text: str) -> int:
    if _is_simple(text):
        return len(text) - text.count("\r\n")
    return len(graphemes(text))


def _x_weight(cluster: str) -> int:
    cp = ord(cluster[0])
    if len(cluster) > 1 and not any(lo <= cp <= hi for lo, hi in _X_LIGHT):
        return 2  # an emoji sequence counts once
    return sum(1 if any(lo <= ord(c) <= hi for lo, hi in _X_LIGHT) else 2 for c in cluster)


def _bluesky_link(url: str) -> str:
    match = re.match(r"https?://([^/?#]+)(.*)", url, re.IGNORECASE)
    if not match:
        return url
    host, path = match.groups()
    path = "" if path == "/" else path
    return f"{host}{path[:13]}..." if len(path) > 15 else f"{host}{path}"


@lru_cache(maxsize=16384)
def counted_length(platform: str, text: str) -> int:
    """The length of *text* as *platform* counts it against its limit."""
    if platform == "x":
        links = _URL.findall(text)
        rest = _URL.sub("", text)
        # Each code point weighs 1 or 2; then each cluster of several (an emoji sequence,
        # CR LF, a letter with its marks) is weighed as a whole instead of by its parts.
        weight = len(rest) + len(_X_HEAVY.findall(rest))
        if not _is_simple(rest) or "\r\n" in rest:
            for cluster in (g for g in graphemes(rest) if len(g) > 1):
                weight += _x_weight(cluster) - len(cluster) - len(_X_HEAVY.findall(cluster))
        return LINK_LENGTH * len(links) + weight
    if platform == "mastodon":
        links = _URL.findall(text)
        rest = _MASTODON_MENTION.sub(r"\1", _URL.sub("", text))
        return LINK_LENGTH * len(links) + grapheme_count(rest)
    if platform == "bluesky":
        return grapheme_count(_URL.sub(lambda m: _bluesky_link(m.group(0)), text))
    return len(text)


@dataclass(frozen=True)
class LengthCheck:
    platform: str
    length: int
    limit: int | None

    @property
    def too_long(self) -> bool:
        return self.limit is not None and self.length > self.limit


def check_length(platform: str, text: str) -> LengthCheck:
    return LengthCheck(platform, counted_length(platform, text), LIMITS.get(platform))
