"""Importing files from the window: recognise, ask for channels or a column mapping where
needed, import, and say per file what happened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kuntasome.core.cancel import Cancellation
from kuntasome.core.changes import Change
from kuntasome.core.errors import UserError
from kuntasome.core.messages import arg
from kuntasome.core.statistics.importers.detect import UnknownFile
from kuntasome.core.statistics.importers.parsed import KIND_LABELS, NO_METRICS
from kuntasome.core.statistics.mapping import save_mapping
from kuntasome.core.statistics.store import import_plan, plan_import

from kuntasome.ui.statistics.account_dialog import AccountDialog
from kuntasome.ui.statistics.mapping_dialog import MappingDialog
from kuntasome.ui.tasks import Cancelled, wait_in_background
from kuntasome.ui.widgets import translate

if TYPE_CHECKING:
    from kuntasome.core.statistics.series import StatsChannel
    from kuntasome.core.statistics.store import ImportPlan

    from kuntasome.ui.context import AppContext


def import_one(
    parent: QWidget, context: AppContext, path: Path, channels: list[StatsChannel]
) -> str:
    """Import *path*; returns the line to show for it (never raises for a user error)."""

    engine = context.engine()
    today = context.today()
    reading = arg(translate("StatsImport", "Reading {name}…"), name=path.name)
    try:
        try:
            plan = wait_in_background(parent, reading, lambda: plan_import(engine, path, today))
        except UnknownFile as unknown:
            if unknown.table is None:
                raise
            dialog = MappingDialog(path.name, unknown.table, parent)
            mapping = dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
            if mapping is None:
                return arg(translate("StatsImport", "{name}: not imported."), name=path.name)
            table = unknown.table

            def remember_and_read() -> ImportPlan:
                save_mapping(engine, table, mapping)
                return plan_import(engine, path, today)

            plan = wait_in_background(parent, reading, remember_and_read)
        kind = translate("StatsKind", KIND_LABELS.get(plan.parsed.kind, plan.parsed.kind))
        if plan.parsed.no_metrics:
            return arg(
                translate("StatsImport", "{name}: {kind} — "), name=path.name, kind=kind
            ) + translate("StatsKind", NO_METRICS[plan.parsed.no_metrics])
        chosen: dict[str, int] = {}
        if plan.unlinked():
            accounts = AccountDialog(plan, channels, parent)
            if accounts.exec() != QDialog.DialogCode.Accepted:
                return arg(translate("StatsImport", "{name}: not imported."), name=path.name)
            chosen = accounts.chosen()
        actor = context.actor_id()
        cancel = Cancellation()
        result = wait_in_background(
            parent,
            arg(translate("StatsImport", "Importing {name}…"), name=path.name),
            lambda: import_plan(engine, plan, chosen, actor_id=actor, cancel=cancel),
            cancel=cancel,
        )
    except Cancelled:
        return arg(translate("StatsImport", "{name}: not imported."), name=path.name)
    except UserError as error:
        return f"{path.name}: {error.translated(translate)}"
    return arg(
        translate("StatsImport", "{name}: {kind} — "), name=path.name, kind=kind
    ) + QCoreApplication.translate("StatsImport", "%n value(s) imported", "", result.values)


def import_files(
    parent: QWidget, context: AppContext, paths: list[Path], channels: list[StatsChannel]
) -> list[str]:
    lines = [import_one(parent, context, path, channels) for path in paths]
    context.events.announce(Change.STATISTICS)  # the page that asked shows it too
    QMessageBox.information(parent, translate("StatsImport", "Import"), "\n".join(lines))
    return lines
