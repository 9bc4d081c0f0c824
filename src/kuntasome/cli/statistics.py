"""`kuntasome stats …`: import the platforms' export files, list what is stored, draw charts."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from kuntasome.core.channels.register import find_channel
from kuntasome.core.errors import UserError
from kuntasome.core.files import write_export
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.organisation import load_organisation
from kuntasome.core.paths import DataPaths
from kuntasome.core.statistics.importers.parsed import KIND_LABELS, NO_METRICS
from kuntasome.core.statistics.series import METRIC_LABELS, chart_data, stats_channels, summaries
from kuntasome.core.statistics.store import import_plan, plan_import

from kuntasome.cli.common import SubParsers, arg, database, json_option
from kuntasome.cli.options import period_options
from kuntasome.documents.charts import render

if TYPE_CHECKING:
    from sqlalchemy import Engine

translate = QCoreApplication.translate


def add_parsers(commands: SubParsers) -> None:
    stats = commands.add_parser(
        "stats",
        help=translate("Cli", "statistics from the platforms' export files"),
        description=translate("Cli", "Statistics from the platforms' export files."),
    )
    sub = stats.add_subparsers(
        dest="stats_command", metavar=translate("Cli", "COMMAND"), required=True
    )
    stats.set_defaults(run=run_stats)
    importing = sub.add_parser(
        "import", help=translate("Cli", "import export files (the kind is recognised)")
    )
    importing.add_argument("files", nargs="+", metavar=translate("Cli", "FILE"))
    importing.add_argument(
        "--channel",
        metavar=translate("Cli", "CHANNEL"),
        help=translate("Cli", "the channel for accounts not seen before (id, service:handle)"),
    )
    json_option(importing)
    listing = sub.add_parser(
        "list", help=translate("Cli", "what is stored, per channel and metric")
    )
    _period(listing, required=False)
    listing.add_argument("--channel", action="append", metavar=translate("Cli", "CHANNEL"))
    json_option(listing)
    chart = sub.add_parser("chart", help=translate("Cli", "draw a chart as PNG or SVG"))
    chart.add_argument(
        "kind",
        choices=("followers", "reach", "engagement_rate", "frequency", "top_posts"),
        metavar=translate("Cli", "KIND"),
        help=translate("Cli", "followers, reach, engagement_rate, frequency or top_posts"),
    )
    chart.add_argument(
        "--channel", action="append", required=True, metavar=translate("Cli", "CHANNEL")
    )
    _period(chart, required=True)
    chart.add_argument(
        "--out",
        required=True,
        metavar=translate("Cli", "FILE"),
        help=translate("Cli", "file to write (.png or .svg)"),
    )


def _period(parser: argparse.ArgumentParser, *, required: bool) -> None:
    period_options(
        parser,
        required=required,
        first_help=translate("Cli", "first day"),
        last_help=translate("Cli", "last day"),
    )


def run_stats(args: argparse.Namespace, paths: DataPaths) -> int:
    with database(args, paths) as engine:
        if args.stats_command == "import":
            return _import(engine, args)
        if args.stats_command == "chart":
            return _chart(engine, args)
        return _list(engine, args)


def _channel_id(engine: Engine, ref: str) -> int:
    return find_channel(engine, ref).id


def _import(engine: Engine, args: argparse.Namespace) -> int:
    channel = _channel_id(engine, args.channel) if args.channel else None
    report = []
    failed = 0
    for name in args.files:
        path = Path(name)
        entry: dict[str, object] = {"file": path.name}
        try:
            plan = plan_import(engine, path, date.today())
            parsed = plan.parsed
            entry.update(
                platform=parsed.platform,
                kind=parsed.kind,
                rows=parsed.rows,
                first_day=str(parsed.first_day or ""),
                last_day=str(parsed.last_day or ""),
            )
            kind = translate("StatsKind", KIND_LABELS.get(parsed.kind, parsed.kind))
            if parsed.no_metrics:
                entry.update(values=0, note=translate("StatsKind", NO_METRICS[parsed.no_metrics]))
                text = arg(
                    translate("Cli", "{name}: {kind} — {entry}"),
                    name=path.name,
                    kind=kind,
                    entry=entry["note"],
                )
            else:
                chosen: dict[str, int] = (
                    {key: channel for key in plan.unlinked()} if channel is not None else {}
                )
                result = import_plan(engine, plan, chosen)
                entry.update(
                    values=result.values, batch=result.batch_id, posts_linked=result.posts_linked
                )
                text = arg(
                    translate("Cli", "{name}: {kind} — "), name=path.name, kind=kind
                ) + translate("Cli", "%n value(s) imported", "", result.values)
        except UserError as error:
            failed += 1
            entry.update(error=error.translated(translate), values=0)
            text = f"{path.name}: {entry['error']}"
        report.append(entry)
        if not args.json:
            print(text)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if failed else 0


def _range(args: argparse.Namespace) -> tuple[date, date]:
    last = args.last or date.today()
    first = args.first or last - timedelta(days=364)
    if last < first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))
    return first, last


def _list(engine: Engine, args: argparse.Namespace) -> int:
    first, last = _range(args)
    ids = [_channel_id(engine, ref) for ref in args.channel] if args.channel else None
    names = {c.id: f"{c.platform}:{c.label}" for c in stats_channels(engine)}
    rows = summaries(engine, first, last, ids)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "channel": names.get(r.channel_id, str(r.channel_id)),
                        "channel_id": r.channel_id,
                        "metric": r.metric,
                        "days": r.days,
                        "total": r.total,
                        "first_day": r.first_day.isoformat(),
                        "last_day": r.last_day.isoformat(),
                    }
                    for r in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    for r in rows:
        metric = translate("Metrics", METRIC_LABELS.get(r.metric, r.metric))
        total = f"{r.total:,.0f}".replace(",", "\u00a0")  # only the number's separators
        print(
            f"{names.get(r.channel_id, '')[:40]:<40} {metric:<22} {total:>14}"
            f"  {r.first_day}–{r.last_day}"
        )
    print(translate("Cli", "%n value(s)", "", sum(r.days for r in rows)))
    return 0


def _chart(engine: Engine, args: argparse.Namespace) -> int:
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The chart file must end in .png or .svg."))
    first, last = _range(args)
    ids = [_channel_id(engine, ref) for ref in args.channel]
    data = chart_data(engine, args.kind, first, last, ids, tz=load_organisation(engine).time_zone)
    decimal_comma = QLocale().decimalPoint() == ","
    write_export(out, render(data, fmt, translate, decimal_comma=decimal_comma), personal=False)
    print(f"→ {out}")
    return 0
