"""User errors translate their text and, where marked, their parameters."""

from __future__ import annotations

from kuntasome.core.errors import UserError

CATALOGUE = {
    (
        "Errors",
        "A channel cannot go from {old} to {new}.",
    ): "Kanavan tilaa ei voi muuttaa: ”{old}” → ”{new}”.",
    ("ChannelStatus", "active"): "käytössä",
    ("ChannelStatus", "requested"): "haettu",
}


def fake_translate(context: str, text: str) -> str:
    return CATALOGUE.get((context, text), text)


def test_marked_parameters_are_translated_too() -> None:
    error = UserError(
        "A channel cannot go from {old} to {new}.",
        translate_params={"old": "ChannelStatus", "new": "ChannelStatus"},
        old="active",
        new="requested",
    )
    assert str(error) == "A channel cannot go from active to requested."
    assert (
        error.translated(fake_translate) == "Kanavan tilaa ei voi muuttaa: ”käytössä” → ”haettu”."
    )


def test_other_parameters_stay_as_they_are() -> None:
    error = UserError("No channel {ref} in the register.", ref="@käytössä")
    assert error.translated(fake_translate) == "No channel @käytössä in the register."
