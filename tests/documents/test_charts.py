"""Charts a manager can read (issue 17, item 11): dates under a long chart do not run
together, and the legend covers neither the lines nor the target line."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from kuntasome.core.statistics.series import ChartData, StatsChannel

from kuntasome.documents.charts import MONTHS, draw

CHANNELS = [
    StatsChannel(1, "Kallioranta – Bergstrand", "facebook", 3, "#0072B2"),
    StatsChannel(2, "Kallioranta nuoret", "instagram", 2, "#E69F00"),
]


def plain(_context: str, text: str) -> str:
    return text


def drawn(data: ChartData, size: tuple[float, float] = (9.0, 5.0)) -> Figure:
    figure = Figure(figsize=size, dpi=110)
    FigureCanvasAgg(figure)
    draw(figure, data, plain, decimal_comma=True)
    figure.canvas.draw()
    return figure


def followers(first: date, last: date) -> ChartData:
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    series = {c.id: [(d, 1000.0 + 10 * i + c.id) for i, d in enumerate(days)] for c in CHANNELS}
    return ChartData("followers", CHANNELS, first, last, series, {}, {}, [])


def tick_boxes(figure: Figure) -> list[tuple[str, Bbox]]:
    axes = figure.axes[0]
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    return [
        (label.get_text(), label.get_window_extent(renderer))
        for label in axes.get_xticklabels()
        if label.get_visible() and label.get_text()
    ]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2026, 11, 1), date(2026, 11, 30)),  # a month
        (date(2026, 9, 1), date(2026, 12, 31)),  # four months
        (date(2026, 1, 1), date(2026, 12, 31)),  # a year
        (date(2025, 1, 1), date(2026, 12, 31)),  # two years: the labels ran together
        (date(2021, 1, 1), date(2026, 12, 31)),  # six years
    ],
)
def test_date_labels_never_overlap(first: date, last: date) -> None:
    for size in ((9.0, 5.0), (5.0, 3.5)):  # the report's width and a small window
        boxes = tick_boxes(drawn(followers(first, last), size))
        assert len(boxes) >= 3, [t for t, _ in boxes]
        for (text_a, a), (text_b, b) in pairwise(boxes):
            assert a.x1 < b.x0, f"{text_a!r} runs into {text_b!r} at {size}"
    # A long chart says which year each stretch is, without repeating it on every label.
    texts = [t for t, _ in tick_boxes(drawn(followers(date(2025, 1, 1), date(2026, 12, 31))))]
    assert sum("2025" in t for t in texts) == 1 and sum("2026" in t for t in texts) == 1
    assert all(t.split("\n")[0] in MONTHS for t in texts)


def test_the_legend_is_under_the_chart_not_over_the_target_line() -> None:
    first, last = date(2026, 9, 7), date(2026, 11, 29)
    weeks = [first + timedelta(days=7 * i) for i in range(12)]
    series = {1: [(w, 3.0 + (i % 3)) for i, w in enumerate(weeks)], 2: [(w, 2.0) for w in weeks]}
    data = ChartData("frequency", CHANNELS, first, last, series, {}, {1: 3, 2: 2}, [])
    figure = drawn(data)
    axes = figure.axes[0]
    legend = axes.get_legend()
    assert legend is not None
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    legend_box = legend.get_window_extent(renderer)
    plot_box = axes.get_window_extent(renderer)
    assert legend_box.y1 < plot_box.y0, "the legend covers the plot"
    assert legend_box.y0 >= 0 and legend_box.x1 <= figure.bbox.x1, "the legend is cut off"
    texts = [t.get_text() for t in legend.get_texts()]
    assert "Kallioranta nuoret (Instagram): target" in texts
