"""What communicators paste becomes one canonical handle and https URL, or a clear refusal."""

from __future__ import annotations

import pytest

from kuntasome.core.platforms import HandleError, normalise

CASES = [
    (
        "facebook",
        "https://www.facebook.com/Kallioranta/",
        "kallioranta",
        "https://www.facebook.com/kallioranta",
    ),
    (
        "facebook",
        "facebook.com/kallioranta?ref=bookmarks",
        "kallioranta",
        "https://www.facebook.com/kallioranta",
    ),
    (
        "facebook",
        "https://m.facebook.com/profile.php?id=100064123456789",
        "100064123456789",
        "https://www.facebook.com/profile.php?id=100064123456789",
    ),
    (
        "instagram",
        "@KalliorannanKaupunki",
        "@kalliorannankaupunki",
        "https://www.instagram.com/kalliorannankaupunki",
    ),
    (
        "instagram",
        "https://www.instagram.com/kalliorannan_nuoret/?hl=fi",
        "@kalliorannan_nuoret",
        "https://www.instagram.com/kalliorannan_nuoret",
    ),
    ("x", "https://twitter.com/Kallioranta", "@Kallioranta", "https://x.com/Kallioranta"),
    ("x", "@kallioranta", "@kallioranta", "https://x.com/kallioranta"),
    (
        "tiktok",
        "https://www.tiktok.com/@kalliorannan_nuoret",
        "@kalliorannan_nuoret",
        "https://www.tiktok.com/@kalliorannan_nuoret",
    ),
    (
        "threads",
        "@kalliorannankaupunki",
        "@kalliorannankaupunki",
        "https://www.threads.net/@kalliorannankaupunki",
    ),
    (
        "youtube",
        "https://www.youtube.com/@KalliorannanKaupunki/videos",
        "@kalliorannankaupunki",
        "https://www.youtube.com/@kalliorannankaupunki",
    ),
    (
        "youtube",
        "https://www.youtube.com/channel/UC1234567890abcdefghijAB",
        "UC1234567890abcdefghijAB",
        "https://www.youtube.com/channel/UC1234567890abcdefghijAB",
    ),
    ("linkedin", "https://fi.linkedin.com/company/kalliorannan-kaupunki/posts", None, None),
    (
        "linkedin",
        "https://www.linkedin.com/company/Kalliorannan-Kaupunki/",
        "kalliorannan-kaupunki",
        "https://www.linkedin.com/company/kalliorannan-kaupunki",
    ),
    ("mastodon", "@kallioranta@some.fi", "@kallioranta@some.fi", "https://some.fi/@kallioranta"),
    (
        "mastodon",
        "https://some.fi/@Kallioranta",
        "@kallioranta@some.fi",
        "https://some.fi/@Kallioranta",
    ),
    (
        "bluesky",
        "@Kallioranta.bsky.social",
        "kallioranta.bsky.social",
        "https://bsky.app/profile/kallioranta.bsky.social",
    ),
    (
        "bluesky",
        "https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx",
        "did:plc:abcdefghijklmnopqrstuvwx",
        "https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx",
    ),
    ("bluesky", "kallioranta.fi", "kallioranta.fi", "https://bsky.app/profile/kallioranta.fi"),
]


@pytest.mark.parametrize(("platform", "text", "handle", "url"), CASES)
def test_pasted_forms_normalise(
    platform: str, text: str, handle: str | None, url: str | None
) -> None:
    if handle is None:  # a regional LinkedIn host is not linkedin.com itself
        with pytest.raises(HandleError):
            normalise(platform, text)
        return
    result = normalise(platform, text)
    assert (result.handle, result.url) == (handle, url)


@pytest.mark.parametrize(
    ("platform", "text"),
    [
        ("x", "@this_handle_is_far_too_long"),
        ("x", "https://www.facebook.com/kallioranta"),  # another platform's address
        ("instagram", "@with space"),
        ("facebook", "http://www.facebook.com/kallioranta"),  # not https
        ("mastodon", "@kallioranta"),  # no instance
        ("bluesky", "kallioranta"),  # not a domain
        ("youtube", "https://www.youtube.com/watch?v=abc"),
        ("linkedin", "https://www.linkedin.com/in/sari-virtanen"),  # a person, not a page
        ("tiktok", ""),
    ],
)
def test_invalid_input_is_refused_with_an_example(platform: str, text: str) -> None:
    with pytest.raises(HandleError) as caught:
        normalise(platform, text)
    message = caught.value.translated(lambda _c, t: t)
    assert "https" in message or "Write it like this" in message


def test_http_gets_its_own_message() -> None:
    with pytest.raises(HandleError, match="https://"):
        normalise("facebook", "http://www.facebook.com/kallioranta")
