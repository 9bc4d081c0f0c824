"""Statistics charts with matplotlib (the Figure API, never pyplot): the same drawing for
the window, PNG/SVG export, the CLI and reports. Labels and month names are translated;
colours are the Okabe–Ito colour-blind-safe palette the calendar uses."""

from __future__ import annotations

import io
import textwrap
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING

from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.statistics.series import CHART_KINDS, ChartData

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Translate = Callable[[str, str], str]
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C7A00", "#000000")
MONTHS = (
    QT_TRANSLATE_NOOP("Charts", "Jan"),
    QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"),
    QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"),
    QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"),
    QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"),
    QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"),
    QT_TRANSLATE_NOOP("Charts", "Dec"),
)
TEXTS = {
    "no_data": QT_TRANSLATE_NOOP("Charts", "No statistics for this period and these channels."),
    "followers": QT_TRANSLATE_NOOP("Charts", "Followers"),
    "reach": QT_TRANSLATE_NOOP("Charts", "Reach"),
    "engagements": QT_TRANSLATE_NOOP("Charts", "Engagements"),
    "rate": QT_TRANSLATE_NOOP("Charts", "Engagements per reach (%)"),
    "posts": QT_TRANSLATE_NOOP("Charts", "Posts a week"),
    "target": QT_TRANSLATE_NOOP("Charts", "target"),
    "post_engagements": QT_TRANSLATE_NOOP("Charts", "Engagements"),
}


# matplotlib takes about 0.7 s to import: it is imported inside the functions, so that only
# drawing a chart pays for it (the module is imported by the window and the CLI).


def _date_axis(axes: Axes, translate: Translate, span_days: int) -> None:
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    def label(value: float, _position: int) -> str:
        day = mdates.num2date(value).date()
        month = translate("Charts", MONTHS[day.month - 1])
        if span_days <= 62:
            return f"{day.day}.{day.month}."
        return f"{month} {day.year}" if day.month == 1 or span_days > 400 else month

    axes.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    axes.xaxis.set_major_formatter(FuncFormatter(label))


def _number_axis(axes: Axes, decimal_comma: bool) -> None:
    from matplotlib.ticker import FuncFormatter

    def label(value: float, _position: int) -> str:
        text = f"{value:,.0f}".replace(",", "\u00a0") if abs(value) >= 1000 else f"{value:g}"
        return text.replace(".", ",") if decimal_comma else text

    axes.yaxis.set_major_formatter(FuncFormatter(label))


def draw(
    figure: Figure, data: ChartData, translate: Translate, decimal_comma: bool = False
) -> None:
    """Draw *data* on *figure*, replacing what was there."""
    figure.clear()
    axes = figure.add_subplot(111)
    axes.set_title(translate("Charts", CHART_KINDS.get(data.kind, data.kind)), loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    names = {c.id: f"{c.label} ({c.platform})" for c in data.channels}
    colour = {c.id: PALETTE[i % len(PALETTE)] for i, c in enumerate(data.channels)}
    drawn = False
    if data.kind in ("followers", "frequency"):
        for channel_id, points in data.series.items():
            if not points:
                continue
            days = [d for d, _ in points]
            values = [v for _, v in points]
            style = "-" if data.kind == "followers" else "-o"
            axes.plot(
                days,
                values,
                style,
                color=colour[channel_id],
                label=names[channel_id],
                linewidth=1.6,
                markersize=3,
            )
            if data.kind == "frequency" and channel_id in data.targets:
                axes.axhline(
                    data.targets[channel_id],
                    color=colour[channel_id],
                    linestyle="--",
                    linewidth=1,
                    label=f"{names[channel_id]}: {translate('Charts', TEXTS['target'])}",
                )
            drawn = True
        axes.set_ylabel(
            translate("Charts", TEXTS["followers" if data.kind == "followers" else "posts"])
        )
        _date_axis(axes, translate, (data.last - data.first).days)
    elif data.kind in ("reach", "engagement_rate"):
        ids = [c.id for c in data.channels if c.id in data.totals]
        labels = [textwrap.fill(names[i], 24) for i in ids]  # long names on several lines
        positions = list(range(len(ids)))
        if ids and data.kind == "reach":
            width = 0.4
            axes.bar(
                [p - width / 2 for p in positions],
                [data.totals[i].get("reach", 0) for i in ids],
                width,
                color=PALETTE[0],
                label=translate("Charts", TEXTS["reach"]),
            )
            axes.bar(
                [p + width / 2 for p in positions],
                [data.totals[i].get("engagements", 0) for i in ids],
                width,
                color=PALETTE[1],
                label=translate("Charts", TEXTS["engagements"]),
            )
            drawn = True
        elif ids:
            rates = [
                100 * data.totals[i].get("engagements", 0) / data.totals[i]["reach"]
                if data.totals[i].get("reach")
                else 0.0
                for i in ids
            ]
            axes.bar(positions, rates, 0.6, color=[colour[i] for i in ids])
            axes.set_ylabel(translate("Charts", TEXTS["rate"]))
            drawn = True
        if len(ids) <= 5:
            axes.set_xticks(positions, labels, fontsize="small")
        else:
            axes.set_xticks(positions, labels, rotation=30, ha="right", fontsize="small")
    elif data.kind == "top_posts" and data.top:
        posts = list(reversed(data.top))
        labels = [
            f"{names.get(p.channel_id, '')} {p.published.day}.{p.published.month}."
            if p.published
            else names.get(p.channel_id, "")
            for p in posts
        ]
        axes.barh(
            range(len(posts)),
            [p.engagements for p in posts],
            color=[colour.get(p.channel_id, PALETTE[0]) for p in posts],
        )
        axes.set_yticks(range(len(posts)), labels)
        axes.set_xlabel(translate("Charts", TEXTS["post_engagements"]))
        drawn = True
    if not drawn:
        axes.set_axis_off()
        axes.text(
            0.5,
            0.5,
            translate("Charts", TEXTS["no_data"]),
            ha="center",
            va="center",
            transform=axes.transAxes,
            color="#555555",
        )
    else:
        if data.kind != "top_posts":
            _number_axis(axes, decimal_comma)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(frameon=False, fontsize="small")
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
        axes.set_axisbelow(True)
    with warnings.catch_warnings():
        # In a very small window the labels cannot all fit; the chart is still drawn.
        warnings.simplefilter("ignore", UserWarning)
        figure.tight_layout()


def render(
    data: ChartData,
    fmt: str,
    translate: Translate,
    *,
    decimal_comma: bool = False,
    size: tuple[float, float] = (9.0, 5.0),
) -> bytes:
    """The chart as PNG or SVG bytes, headless (the Agg and SVG backends, no display)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=110)
    FigureCanvasAgg(figure)
    draw(figure, data, translate, decimal_comma)
    out = io.BytesIO()
    figure.savefig(out, format=fmt, facecolor="white")
    return out.getvalue()
