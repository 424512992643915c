"""What a person reads on an admin screen: its visible text, and the English words left in it."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

# Common English words of an admin screen. Matched whole and case-sensitively, in visible text only:
# none of them is a Vietnamese word, so finding one means a string was left untranslated.
ENGLISH_WORDS = (
    "Save",
    "Draft",
    "draft",
    "Delete",
    "Edit",
    "Add",
    "Search",
    "Page",
    "Pages",
    "Image",
    "Images",
    "Document",
    "Documents",
    "Reports",
    "Help",
    "Settings",
    "Actions",
    "Action",
    "Status",
    "Live",
    "live",
    "Submit",
    "Cancel",
    "Back",
    "Next",
    "Previous",
    "Filter",
    "Sort",
    "Title",
    "Created",
    "Updated",
    "ago",
    "Why not",
    "There are no",
    "Just now",
    "just now",
    "Dashboard",
    "Users",
    "Groups",
    "Workflow",
    "Preview",
    "Publish",
    "Unpublish",
    "History",
    "Name",
    "Type",
    "Select",
    "Choose",
    "Upload",
    "Collection",
    "Snippets",
    "Sites",
    "Redirects",
    "Account",
    "Password",
    "Yes",
    "None",
    "Clear",
    "Apply",
    "Show",
    "View",
    "Locked",
    "Export",
    "Download",
    "Import",
    "Enrolments",
    "Sessions",
    "Attendance",
    "Trainees",
    "Score",
    "Compare",
    "Awaiting",
    "moderation",
    "More actions",
)
# Proper nouns that may stand in Vietnamese text; none today (the product name "Wagtail" is not matched).
ALLOWED: frozenset[str] = frozenset()

_WORD = re.compile(
    r"(?<![A-Za-zÀ-ỹ])("
    + "|".join(sorted(map(re.escape, ENGLISH_WORDS), key=len, reverse=True))
    + r")(?![A-Za-zÀ-ỹ])"
)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_INVISIBLE_TAGS = {"script", "style", "noscript", "template"}
_SCREEN_READER_ONLY = {"w-sr-only", "visuallyhidden", "visually-hidden", "sr-only"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []
        self.chunks: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag in _VOID:
            return
        classes = set((attributes.get("class") or "").split())
        if (
            self.skipping
            or tag in _INVISIBLE_TAGS
            or classes & _SCREEN_READER_ONLY
            # Wagtail's side-panel error counter: hidden, and a number once there are errors.
            or "data-side-panel-toggle-counter" in attributes
        ):
            self.skipping.append(tag)

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.chunks.append(" ".join(data.split()))


def parse(html: str) -> _VisibleText:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser


def visible_text(html: str) -> str:
    """The text a sighted person reads: no scripts, styles, attributes or screen-reader-only labels
    (dropdown menus and side panels count: they open on a click)."""
    return " | ".join(parse(html).chunks)


def english_words(html: str) -> list[str]:
    """Each English word found, with the bit of text around it."""
    found = []
    for chunk in parse(html).chunks:
        for word in _WORD.findall(chunk):
            if word not in ALLOWED:
                found.append(f"{word!r} in {chunk[:100]!r}")
    return found


def sidebar_labels(html: str) -> list[str]:
    """The labels of the admin menu (the sidebar is drawn by JavaScript from a JSON island)."""
    match = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "no admin sidebar on this page"
    return re.findall(r'"label": "([^"]*)"', json.dumps(json.loads(match.group(1)), ensure_ascii=False))
