"""Translation markers for the Qt-free core.

The core never imports Qt. Strings a user will read are marked with
:func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects them into the catalogues;
the UI and the CLI translate them at display time with the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context*; returns it unchanged."""
    del context
    return text
