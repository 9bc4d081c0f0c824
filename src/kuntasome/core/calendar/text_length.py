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
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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

_ZWJ = 0x200D
_KEYCAP = 0x20E3


def _extends(cp: int) -> bool:
    """Whether a code point belongs to the grapheme cluster before it."""
    return (
        unicodedata.combining(chr(cp)) != 0
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji/text presentation)
        or 0x1F3FB <= cp <= 0x1F3FF  # skin tones
        or 0xE0020 <= cp <= 0xE007F  # tag sequences (subdivision flags)
        or cp == _KEYCAP
        or unicodedata.category(chr(cp)) in ("Mn", "Me", "Mc")
    )


def graphemes(text: str) -> list[str]:
    """Split *text* into user-perceived characters: enough of UAX #29 for posts (combining
    marks, emoji with modifiers, ZWJ sequences, flags, keycaps, CR LF)."""
    clusters: list[str] = []
    i, n = 0, len(text)
    while i < n:
        start = i
        cp = ord(text[i])
        i += 1
        if cp == 0x0D and i < n and text[i] == "\n":
            i += 1
        elif 0x1F1E6 <= cp <= 0x1F1FF and i < n and 0x1F1E6 <= ord(text[i]) <= 0x1F1FF:
            i += 1  # a regional-indicator pair is one flag
        while i < n:
            nxt = ord(text[i])
            if _extends(nxt):
                i += 1
            elif nxt == _ZWJ:
                i += 2 if i + 1 < n else 1  # ZWJ joins the next character into the cluster
            else:
                break
        clusters.append(text[start:i])
    return clusters


@lru_cache(maxsize=1)
def _complex() -> re.Pattern[str]:
    """Characters that join the one before (or start a pair): text without any is one
    grapheme per code point. Built once from the Unicode database (tens of milliseconds)."""
    ranges: list[str] = []
    start = None
    for cp in [*range(0x300, 0x30000), *range(0xE0000, 0xE01F0), 0x110000]:
        joins = cp < 0x110000 and (_extends(cp) or cp == _ZWJ or 0x1F1E6 <= cp <= 0x1F1FF)
        if joins and start is None:
            start = cp
        elif not joins and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return re.compile("[" + "".join(ranges) + "]")


_X_HEAVY = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _X_LIGHT) + "]"
)


# Latin text, dashes, quotes, ellipsis and the euro sign: a quick "certainly simple" test
# before the exhaustive (and slower) class above.
_PLAIN = re.compile("[^\u0000-\u02ff\u2010-\u2027\u20ac]")


def _is_simple(text: str) -> bool:
    return not _PLAIN.search(text) or not _complex().search(text)


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
        if _is_simple(rest):  # one code point per character
            heavy = len(_X_HEAVY.findall(rest))
            return LINK_LENGTH * len(links) + len(rest) - rest.count("\r\n") + heavy
        return LINK_LENGTH * len(links) + sum(_x_weight(g) for g in graphemes(rest))
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
