"""Asking who is approving, when nobody has been chosen on this computer yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kuntasome.core.people import list_people

if TYPE_CHECKING:
    from kuntasome.ui.context import AppContext


def choose_approver(parent: QWidget, context: AppContext) -> int | None:
    """The person (an approver who has not left) the user says they are, or None."""
    today = context.today()
    approvers = [
        p for p in list_people(context.engine()) if "approver" in p.roles and not p.has_left(today)
    ]
    if not approvers:
        QMessageBox.information(
            parent,
            parent.windowTitle(),
            QCoreApplication.translate(
                "PostEditor",
                "Nobody has the approver role yet. Roles are given in Channels › People.",
            ),
        )
        return None
    name, ok = QInputDialog.getItem(
        parent,
        parent.windowTitle(),
        QCoreApplication.translate("PostEditor", "Who are you? Only an approver approves."),
        [p.name for p in approvers],
        0,
        False,
    )
    if not ok:
        return None
    return next(p.id for p in approvers if p.name == name)
