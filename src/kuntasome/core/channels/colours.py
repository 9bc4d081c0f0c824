"""Each channel's colour in the calendar and the charts: chosen once, kept for ever.

A new channel takes the first colour of the palette no open channel has (so active channels
are told apart as far as the palette goes); when every colour is taken, the one fewest open
channels share. Adding or closing a channel never changes another channel's colour; the
communicator may pick another in the channel editor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kuntasome.core.i18n import QT_TRANSLATE_NOOP

# Okabe–Ito (told apart with the common forms of colour blindness), then Paul Tol's muted
# scheme's darker colours that stay apart from them.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#8C7A00",
    "#000000",
    "#882255",
    "#44AA99",
    "#332288",
    "#999933",
)
# Names for the colour picker (translated in the "Colours" context).
COLOUR_NAMES = {
    "#0072B2": QT_TRANSLATE_NOOP("Colours", "blue"),
    "#E69F00": QT_TRANSLATE_NOOP("Colours", "orange"),
    "#009E73": QT_TRANSLATE_NOOP("Colours", "green"),
    "#CC79A7": QT_TRANSLATE_NOOP("Colours", "pink"),
    "#D55E00": QT_TRANSLATE_NOOP("Colours", "vermilion"),
    "#56B4E9": QT_TRANSLATE_NOOP("Colours", "sky blue"),
    "#8C7A00": QT_TRANSLATE_NOOP("Colours", "ochre"),
    "#000000": QT_TRANSLATE_NOOP("Colours", "black"),
    "#882255": QT_TRANSLATE_NOOP("Colours", "wine red"),
    "#44AA99": QT_TRANSLATE_NOOP("Colours", "teal"),
    "#332288": QT_TRANSLATE_NOOP("Colours", "indigo"),
    "#999933": QT_TRANSLATE_NOOP("Colours", "olive"),
}
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def is_colour(value: str) -> bool:
    return bool(_HEX.fullmatch(value))


def next_colour(taken: Iterable[str]) -> str:
    """The colour for a new channel, given the colours of the open channels."""
    counts = Counter(c.upper() for c in taken)
    return min(PALETTE, key=lambda c: (counts[c.upper()], PALETTE.index(c)))


def colour_or_default(colour: str, channel_id: int) -> str:
    """A stored colour, or (for a row older than colours) one by the channel's number."""
    return colour if is_colour(colour) else PALETTE[channel_id % len(PALETTE)]
