"""Statistics charts with matplotlib (the Figure API, never pyplot): the same drawing for
the window, PNG/SVG export, the CLI and reports. Labels and month names are translated;
colours are the Okabe–Ito colour-blind-safe palette the calendar uses."""

from __future__ import annotations

import io
import textwrap
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kuntasome.core.channels.colours import PALETTE
from kuntasome.core.i18n import QT_TRANSLATE_NOOP
from kuntasome.core.statistics.series import CHART_KINDS, ChartData, TopPost, rate_percent

from kuntasome.documents.typeset import FONT_FAMILY, font_dir

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

Translate = Callable[[str, str], str]
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
    """Dates under the chart that never run together: days for up to four months, months for
    a year (the year under January and the first month), quarters for up to three years,
    years beyond."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    if span_days <= 120:
        axes.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        axes.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _p: f"{mdates.num2date(v).day}.{mdates.num2date(v).month}.")
        )
        return
    if span_days > 1100:
        axes.xaxis.set_major_locator(mdates.YearLocator())
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: str(mdates.num2date(v).year)))
        return
    if span_days <= 200:
        locator = mdates.MonthLocator()
    elif span_days <= 400:
        locator = mdates.MonthLocator(bymonth=(1, 3, 5, 7, 9, 11))
    else:
        locator = mdates.MonthLocator(bymonth=(1, 4, 7, 10))

    def label(value: float, position: int) -> str:
        day = mdates.num2date(value).date()
        month = translate("Charts", MONTHS[day.month - 1])
        return f"{month}\n{day.year}" if day.month == 1 or position == 0 else month

    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(FuncFormatter(label))


def _where_when(names: dict[int, str], post: TopPost) -> str:
    name = names.get(post.channel_id, "")
    return f"{name} {post.published.day}.{post.published.month}." if post.published else name


def _number_axis(axes: Axes, decimal_comma: bool, horizontal: bool = False) -> None:
    from matplotlib.ticker import FuncFormatter

    def label(value: float, _position: int) -> str:
        if abs(value) < 1000:
            return f"{value:g}".replace(".", ",") if decimal_comma else f"{value:g}"
        # 12 345 where the decimal sign is a comma (fi, sv), 12,345 where it is a point.
        return f"{value:,.0f}".replace(",", "\u00a0") if decimal_comma else f"{value:,.0f}"

    (axes.xaxis if horizontal else axes.yaxis).set_major_formatter(FuncFormatter(label))


def draw(
    figure: Figure, data: ChartData, translate: Translate, decimal_comma: bool = False
) -> None:
    """Draw *data* on *figure*, replacing what was there."""
    figure.clear()
    axes = figure.add_subplot(111)
    axes.set_title(translate("Charts", CHART_KINDS.get(data.kind, data.kind)), loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    names = data.names()
    colour = {c.id: c.colour or PALETTE[i % len(PALETTE)] for i, c in enumerate(data.channels)}
    drawn = False
    if data.kind in ("followers", "frequency"):
        for channel_id, points in data.series.items():
            if not points:
                continue
            days = [d for d, _ in points]
            values = [v for _, v in points]
            style = "-" if data.kind == "followers" else "-o"
            axes.plot(
                cast(Any, days),  # matplotlib plots dates; its stubs know only numbers
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
        if data.kind == "frequency":  # posts are counted in whole numbers
            from matplotlib.ticker import MaxNLocator

            axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        _date_axis(axes, translate, (data.last - data.first).days)
    elif data.kind in ("reach", "engagement_rate"):
        ids = [c.id for c in data.channels if c.id in data.totals]
        labels = [textwrap.fill(names[i], 24) for i in ids]  # long names on several lines
        positions = list(range(len(ids)))
        # Many channels: bars side by side, the names one under the other where they fit.
        sideways = len(ids) > 5
        if ids and data.kind == "reach":
            width = 0.4
            bars = axes.barh if sideways else axes.bar
            for offset, metric, colour_ in (
                (-width / 2, "reach", PALETTE[0]),
                (width / 2, "engagements", PALETTE[1]),
            ):
                bars(
                    [p + offset for p in positions],
                    [data.totals[i].get(metric, 0) for i in ids],
                    width,
                    color=colour_,
                    label=translate("Charts", TEXTS[metric]),
                )
            drawn = True
        elif ids:
            rates = [rate_percent(data.totals[i]) or 0.0 for i in ids]
            axes.bar(positions, rates, 0.6, color=[colour[i] for i in ids])
            axes.set_ylabel(translate("Charts", TEXTS["rate"]))
            drawn = True
        if not sideways:
            axes.set_xticks(positions, labels, fontsize="small")
        elif data.kind == "reach":
            axes.set_yticks(positions, labels, fontsize="small")
            axes.invert_yaxis()  # in the order of the list, top down
        else:
            axes.set_xticks(positions, labels, rotation=30, ha="right", fontsize="small")
    elif data.kind == "top_posts" and data.top:
        posts = list(reversed(data.top))
        # The post by its title where the calendar knows it, then where and when.
        labels = [
            textwrap.shorten(p.title, 48, placeholder="…") + "\n" + _where_when(names, p)
            if p.title
            else _where_when(names, p)
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
        horizontal = data.kind == "reach" and sideways
        if data.kind != "top_posts":
            _number_axis(axes, decimal_comma, horizontal)
        handles = axes.get_legend_handles_labels()[0]
        # Lines over time: the legend goes under the chart, never over the lines or a target;
        # a long legend too.
        if handles and (len(handles) > 4 or data.kind in ("followers", "frequency")):
            axes.legend(
                frameon=False,
                fontsize="small",
                loc="upper center",
                bbox_to_anchor=(0.5, -0.16),
                ncol=2,
            )
        elif handles:
            axes.legend(frameon=False, fontsize="small")
        axes.grid(axis="x" if horizontal else "y", color="#dddddd", linewidth=0.6)
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
    """The chart as PNG or SVG bytes, headless (the Agg and SVG backends, no display).

    An SVG keeps its words and numbers as text, in the documents' font (Noto Sans), so in a
    PDF they stay sharp, searchable and selectable.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    style: dict[str, Any] = {}
    if fmt == "svg":
        _register_document_fonts()
        style = {"svg.fonttype": "none", "font.family": FONT_FAMILY}
    with matplotlib.rc_context(cast(Any, style)):
        figure = Figure(figsize=size, dpi=110)
        FigureCanvasAgg(figure)
        draw(figure, data, translate, decimal_comma)
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else None  # the same chart, the same bytes
        # "tight": a legend under the chart is kept inside the picture.
        figure.savefig(out, format=fmt, facecolor="white", metadata=metadata, bbox_inches="tight")
    return out.getvalue()


def _register_document_fonts() -> None:
    from matplotlib import font_manager

    known = {Path(f.fname).name for f in font_manager.fontManager.ttflist}
    for path in sorted(font_dir().glob("*.ttf")):
        if path.name not in known:
            font_manager.fontManager.addfont(str(path))
