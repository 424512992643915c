"""Shared text helpers: Unicode NFC, accent folding for search, the official Vietnamese sort order of
people, and dates as Vietnamese documents write them (Decree 30/2020)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any

from anyascii import anyascii

# The Vietnamese alphabet in dictionary order; f, j, w, z only occur in foreign names and sort as in Latin.
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}

# Combining marks that make a new letter (ă â ê ô ơ ư) versus the five tone marks.
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
# Tones order: none, huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below).
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_COMPOSE = {
    ("a", "breve"): "ă",
    ("a", "circumflex"): "â",
    ("e", "circumflex"): "ê",
    ("o", "circumflex"): "ô",
    ("o", "horn"): "ơ",
    ("u", "horn"): "ư",
}
_SPACES = re.compile(r"\s+")


def nfc(value: Any, *, squash: bool = True) -> Any:
    """Return text in Unicode NFC (runs of white space folded unless `squash=False`); other values unchanged.

    Decomposed accents (NFD, as some keyboards and copy-pastes give) compare unequal and render wrongly in PDFs.
    """
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value)
    return _SPACES.sub(" ", value).strip() if squash else value


def fold(value: str) -> str:
    """Fold Vietnamese text to lower-case ASCII for accent-insensitive search ("Đăng" -> "dang")."""
    return anyascii(unicodedata.normalize("NFC", value or "")).lower()


def _letters(text: str) -> Iterable[tuple[int, int]]:
    """Yield (letter rank, tone rank) for every character of the text."""
    for char in unicodedata.normalize("NFC", text).lower():
        if char == "đ":
            yield _LETTER_RANK["đ"], 0
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        letter_mark = None
        for mark in marks:
            if mark in _TONE_RANK:
                tone = _TONE_RANK[mark]
            elif mark in _LETTER_MARKS:
                letter_mark = _LETTER_MARKS[mark]
        letter = _COMPOSE.get((base, letter_mark), base)
        if letter in _LETTER_RANK:
            yield _LETTER_RANK[letter], tone
        elif base.isdigit():
            yield -10 + int(base), tone
        elif base.isspace():
            yield -20, 0
        else:
            # Other characters (punctuation, other scripts) after the alphabet, in code-point order.
            yield 100 + ord(base), tone


def vietnamese_key(text: str | None) -> tuple:
    """Sort key for one string in Vietnamese alphabetical order: letters first, then tones, then case."""
    text = unicodedata.normalize("NFC", text or "")
    pairs = list(_letters(text))
    return (
        tuple(letter for letter, _tone in pairs),
        tuple(tone for _letter, tone in pairs),
        tuple(char.isupper() for char in text),
    )


def person_sort_key(
    *, given_name: str, family_name: str, middle_name: str = "", date_of_birth: date | None = None
) -> tuple:
    """The official order of a list of people: given name, family name, middle name, earlier birth date."""
    return (
        vietnamese_key(given_name),
        vietnamese_key(family_name),
        vietnamese_key(middle_name),
        (date_of_birth is None, date_of_birth or date.min),
    )


def sort_people(items: Iterable[Any], *, get=lambda item: item) -> list[Any]:
    """Sort objects that have (or lead, through get) a person's name parts, the official way."""

    def key(item: Any) -> tuple:
        person = get(item)
        return person_sort_key(
            given_name=person.given_name,
            family_name=person.family_name,
            middle_name=person.middle_name,
            date_of_birth=getattr(person, "date_of_birth", None),
        )

    return sorted(items, key=key)


def vietnamese_date(value: date | None) -> str:
    """A date as Vietnamese documents write it (Decree 30/2020): "ngày 05 tháng 02 năm 2026".

    Days 1-9 and the months 1 and 2 take a leading zero; the other months do not ("ngày 15 tháng 7 năm 2026").
    """
    if value is None:
        return ""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"
