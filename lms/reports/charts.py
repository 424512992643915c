"""Charts of the reports as SVG drawn on the server (pygal): no script, no CDN, readable in print."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pygal
from django.utils.safestring import SafeString, mark_safe
from pygal.style import Style

# pygal adds a script holding its tooltip configuration (labels included); the charts need none.
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)
_STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#222",
    foreground_strong="#000",
    foreground_subtle="#666",
    colors=("#a5161d", "#1f5f99", "#3b8d3b", "#c9871a"),
    font_family="'Be Vietnam Pro', Arial, sans-serif",
    title_font_size=16,
    label_font_size=12,
    major_label_font_size=12,
    legend_font_size=12,
    value_font_size=11,
)


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    horizontal: bool = False,
) -> SafeString:
    """A bar chart as inline SVG; pygal escapes every text it writes, and the script is removed."""
    chart_class = pygal.HorizontalBar if horizontal else pygal.Bar
    chart = chart_class(
        js=[],
        style=_STYLE,
        disable_xml_declaration=True,
        width=760,
        height=max(260, 36 * len(labels) + 120) if horizontal else 320,
        print_values=True,
        legend_at_bottom=True,
        truncate_label=-1,
        explicit_size=False,
    )
    chart.title = title
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, list(values))
    svg = _SCRIPT.sub("", chart.render(is_unicode=True))
    return mark_safe(svg)  # noqa: S308 - built by pygal's XML writer, which escapes the data, script removed
