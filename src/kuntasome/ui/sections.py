"""The main window's sections, and the header at the top of each section's page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kuntasome.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    summary: str

    def translated_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def translated_summary(self) -> str:
        return QCoreApplication.translate("Sections", self.summary)


TODAY = Section(
    "today",
    QT_TRANSLATE_NOOP("Sections", "Today"),
    QT_TRANSLATE_NOOP("Sections", "What needs attention now."),
)
SECTIONS = (
    TODAY,
    Section(
        "channels",
        QT_TRANSLATE_NOOP("Sections", "Channels"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The channel register: every account, who owns it and who can log in, its"
            " purpose, security and review dates, new-channel requests and the public"
            " channel list for the website.",
        ),
    ),
    Section(
        "calendar",
        QT_TRANSLATE_NOOP("Sections", "Calendar"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The posting calendar: posts in Finnish, Swedish and English for several"
            " channels, approval, frequency targets, crisis mode and export to Outlook.",
        ),
    ),
    Section(
        "moderation",
        QT_TRANSLATE_NOOP("Sections", "Moderation"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The moderation and dialogue log: answers, removals with screenshot evidence,"
            " blocked users, response deadlines and monitoring check-ins.",
        ),
    ),
    Section(
        "statistics",
        QT_TRANSLATE_NOOP("Sections", "Statistics"),
        QT_TRANSLATE_NOOP(
            "Sections", "Statistics imported from the files the platforms export, with charts."
        ),
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Sections", "Reports"),
        QT_TRANSLATE_NOOP(
            "Sections", "Management reports for a month, quarter or half-year as PDF/A."
        ),
    ),
    Section(
        "archive",
        QT_TRANSLATE_NOOP("Sections", "Archive"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Snapshots for the public-records archive, checked with any BagIt tool, and the"
            " records plan.",
        ),
    ),
)


def section(key: str) -> Section:
    """The section named *key* ("channels", "calendar", …)."""
    return next(s for s in SECTIONS if s.key == key)


class PageHeader(QWidget):
    """A section's title and one-line summary at the top of its page."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.section.translated_title())
        self.summary.setText(self.section.translated_summary())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
