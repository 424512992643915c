"""Rich text (the HTML Wagtail stores) to ReportLab paragraph markup and flowables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from .text import esc, nfc

_INLINE = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "sup": "super",
    "sub": "sub",
    "u": "u",
    "s": "strike",
}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "hr", "figure"}
_SPACES = re.compile(r"\s+")


@dataclass
class HtmlItem:
    kind: str  # "p", "h", "li", "quote"
    markup: str
    bullet: str = ""
    level: int = 0


class _RichTextParser(HTMLParser):
    """Turns the rich text Wagtail stores into ReportLab paragraph markup, one item per block element."""

    def __init__(self, link_colour: str) -> None:
        super().__init__(convert_charrefs=True)
        self.link_colour = link_colour
        self.items: list[HtmlItem] = []
        self.buffer: list[str] = []
        self.open_inline: list[tuple[str, str]] = []  # (html tag, opening markup)
        self.lists: list[list] = []  # [kind, counter]
        self.kind = "p"
        self.bullet = ""

    def _flush(self) -> None:
        text = "".join(self.buffer).strip()
        closers = "".join(f"</{_INLINE.get(tag, tag)}>" for tag, _m in reversed(self.open_inline))
        if text and re.sub(r"<[^>]+>", "", text).strip():
            self.items.append(HtmlItem(self.kind, text + closers, self.bullet, max(0, len(self.lists) - 1)))
        self.buffer = [markup for _tag, markup in self.open_inline]
        self.bullet = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._flush()
            if tag in {"ul", "ol"}:
                self.lists.append([tag, 0])
            elif tag == "li":
                self.kind = "li"
                if self.lists and self.lists[-1][0] == "ol":
                    self.lists[-1][1] += 1
                    self.bullet = f"{self.lists[-1][1]}."
                else:
                    self.bullet = "•"
            elif tag.startswith("h") and tag[1:].isdigit():
                self.kind = "h"
            elif tag == "blockquote":
                self.kind = "quote"
            else:
                self.kind = "li" if self.lists else "p"
        elif tag in _INLINE:
            markup = f"<{_INLINE[tag]}>"
            self.open_inline.append((tag, markup))
            self.buffer.append(markup)
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href:
                markup = f'<a href="{esc(href)}" color="{self.link_colour}">'
                self.open_inline.append(("a", markup))
            else:
                markup = "<font>"
                self.open_inline.append(("font", markup))
            self.buffer.append(markup)
        elif tag == "br":
            self.buffer.append("<br/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._flush()
            if tag in {"ul", "ol"} and self.lists:
                self.lists.pop()
            self.kind = "li" if self.lists else "p"
            return
        wanted = "font" if tag == "a" and self.open_inline and self.open_inline[-1][0] == "font" else tag
        for index in range(len(self.open_inline) - 1, -1, -1):
            if self.open_inline[index][0] == wanted:
                # Close everything opened after it too, so the markup stays balanced.
                for open_tag, _markup in reversed(self.open_inline[index:]):
                    self.buffer.append(f"</{_INLINE.get(open_tag, open_tag)}>")
                del self.open_inline[index:]
                break

    def handle_data(self, data: str) -> None:
        self.buffer.append(esc(_SPACES.sub(" ", data)))

    def close(self) -> None:
        super().close()
        self._flush()


def rich_text_items(source: str, *, link_colour: str = "#a5161d") -> list[HtmlItem]:
    parser = _RichTextParser(link_colour)
    parser.feed(nfc(source))
    parser.close()
    return parser.items


def html_flowables(
    source: str, styles: dict[str, ParagraphStyle], *, compact: bool = False
) -> list[Flowable]:
    """Paragraphs for rich text; `styles` has "body", "li", "heading", "quote" ("callout", "callout_li")."""
    flowables: list[Flowable] = []
    for item in rich_text_items(source):
        if item.kind == "li":
            parent = styles["callout_li" if compact else "li"]
            style = ParagraphStyle("li-n", parent=parent, leftIndent=parent.leftIndent + 12 * item.level)
            flowables.append(Paragraph(item.markup, style, bulletText=item.bullet or "•"))
        elif item.kind == "h":
            flowables.append(Paragraph(item.markup, styles["heading"]))
        elif item.kind == "quote":
            flowables.append(Paragraph(item.markup, styles["quote"]))
        else:
            flowables.append(Paragraph(item.markup, styles["callout" if compact else "body"]))
    return flowables
