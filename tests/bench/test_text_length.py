"""Counting a post's length as each platform does, on every keystroke in the post editor.

Target: ≤ 5 ms per keystroke for the three platforms that segment text (X, Mastodon,
Bluesky) on a 3,000-character post full of emoji, links and flags; the reference in the
same run is Python's len() over the same texts.
"""

from __future__ import annotations

import statistics
import time

from kuntasome.core.calendar.text_length import counted_length

PARAGRAPH = (
    "Kallioranta tiedottaa: uimahalli on suljettu 👍🏽 huoltotöiden vuoksi 🇫🇮 👨‍👩‍👧‍👦 "
    "lisätietoja https://www.kallioranta.fi/uimahalli/tiedote-2026 #kallioranta "
    "Bergstrand informerar: simhallen är stängd ❄️ 1️⃣ 2️⃣ på grund av underhåll. "
)


def test_a_keystroke_counts_the_post_for_every_platform_in_a_few_milliseconds() -> None:
    post = (PARAGRAPH * 14)[:3000]
    typed = [post[:n] for n in range(100, len(post), 29)]  # each a new text: no cache hits
    for platform in ("x", "mastodon", "bluesky"):
        counted_length(platform, "warm-up 👍🏽")  # the patterns compile on first use
    timings, reference = [], []
    for text in typed:
        start = time.perf_counter()
        for platform in ("x", "mastodon", "bluesky"):
            counted_length(platform, text)
        timings.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in range(3):
            len(text)
        reference.append(time.perf_counter() - start)
    worst, median = max(timings) * 1000, statistics.median(timings) * 1000
    print(
        f"\n{len(typed)} keystrokes: median {median:.2f} ms, worst {worst:.2f} ms"
        f" (len(): median {statistics.median(reference) * 1e6:.1f} µs)"
    )
    assert worst <= 5.0
