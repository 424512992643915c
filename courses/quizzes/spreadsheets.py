"""Questions to and from XLSX (one row per question), and the results workbook of a session.

Column layout of the question sheet (first row; Vietnamese or English headers, in any order):

| Column                    | Header (vi / en)              | Value                                                   |
|---------------------------|-------------------------------|---------------------------------------------------------|
| course *                  | Khóa học / Course             | the course page's slug or exact title                   |
| kind *                    | Loại / Kind                   | single, multiple, true_false (or: một lựa chọn, nhiều lựa chọn, đúng/sai) |
| text *                    | Câu hỏi / Question            | the question (plain text)                               |
| choice_a ... choice_f     | Đáp án A..F / Choice A..F     | up to six choices; true/false may leave A and B empty   |
| correct *                 | Đáp án đúng / Correct         | letters of the correct choices, e.g. "A" or "A,C"       |
| scoring                   | Cách chấm / Scoring           | all_or_nothing (default) or partial (multiple choice)   |
| explanation               | Giải thích / Explanation      | shown in the review                                     |
| handbook_section          | Mục sổ tay / Handbook section | the handbook section page's slug                        |
| category                  | Chủ đề / Category             | for drawing per category                                |

A row is matched to an existing question of the same course by its wording (case, accents and spacing
ignored), so importing the same file again changes nothing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import IO

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import CoursePage
from handbook.models import HandbookSectionPage
from lms.exports import Styled, Table, person_cells, person_headers
from lms.imports.reading import read_table
from lms.imports.results import ImportReport, RowResult, field_errors
from lms.text import fold

from .models import MAX_CHOICES, Choice, Question, QuestionKind, Scoring, check_choices, question_text_key

LETTERS = "ABCDEF"[:MAX_CHOICES]
HEADERS = [
    ("course", "Khóa học"),
    ("kind", "Loại"),
    ("text", "Câu hỏi"),
    *[(f"choice_{letter.lower()}", f"Đáp án {letter}") for letter in LETTERS],
    ("correct", "Đáp án đúng"),
    ("scoring", "Cách chấm"),
    ("explanation", "Giải thích"),
    ("handbook_section", "Mục sổ tay"),
    ("category", "Chủ đề"),
]
ALIASES = {
    **{label: column for column, label in HEADERS},
    **{column: column for column, _label in HEADERS},
    "question": "text",
    "handbook section": "handbook_section",
    **{f"choice {letter}": f"choice_{letter.lower()}" for letter in LETTERS},
    **{f"lua chon {letter}": f"choice_{letter.lower()}" for letter in LETTERS},
    "dap an": "correct",
    "loai cau hoi": "kind",
    "noi dung cau hoi": "text",
    "muc so tay": "handbook_section",
    "danh muc": "category",
}
REQUIRED = {"course": "Khóa học (course)", "kind": "Loại (kind)", "text": "Câu hỏi (text)"}
KIND_VALUES = {
    "single": QuestionKind.SINGLE,
    "mot lua chon": QuestionKind.SINGLE,
    "multiple": QuestionKind.MULTIPLE,
    "nhieu lua chon": QuestionKind.MULTIPLE,
    "true_false": QuestionKind.TRUE_FALSE,
    "true/false": QuestionKind.TRUE_FALSE,
    "dung/sai": QuestionKind.TRUE_FALSE,
    "dung sai": QuestionKind.TRUE_FALSE,
}
SCORING_VALUES = {
    "": Scoring.ALL_OR_NOTHING,
    "all_or_nothing": Scoring.ALL_OR_NOTHING,
    "cham ca cau": Scoring.ALL_OR_NOTHING,
    "partial": Scoring.PARTIAL,
    "cham tung phan": Scoring.PARTIAL,
}
TRUE_FALSE_DEFAULTS = ("Đúng", "Sai")


def _key(value: str) -> str:
    return " ".join(fold(value or "").split())


def _html(text: str) -> str:
    """A plain-text cell as rich text: paragraphs per line, escaped (no markup is trusted from a file)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def _plain(rich: str) -> str:
    rich = re.sub(r"</p>\s*<p[^>]*>", "\n", rich or "")
    return html.unescape(strip_tags(rich)).strip()


class _Lookups:
    def __init__(self) -> None:

        self.courses: dict[str, CoursePage] = {}
        for course in CoursePage.objects.all():
            self.courses[_key(course.slug)] = course
            self.courses.setdefault(_key(course.title), course)
        self.sections = dict(HandbookSectionPage.objects.values_list("slug", "pk"))
        self.existing: dict[tuple[int, str], Question] = {
            (q.course_id, q.text_key): q for q in Question.objects.prefetch_related("choices")
        }


def _parse_row(row: RowResult, lookups: _Lookups, seen: dict[tuple[int, str], int]) -> dict | None:
    values = row.values
    data: dict = {}
    course = lookups.courses.get(_key(values.get("course", "")))
    if not values.get("course", "").strip():
        row.errors.append(_("The course is missing."))
    elif course is None:
        row.errors.append(_("Unknown course: %(value)s.") % {"value": values["course"]})
    kind = KIND_VALUES.get(_key(values.get("kind", "")).replace(" / ", "/"))
    if kind is None:
        row.errors.append(
            _("Unknown kind: “%(value)s” (single, multiple or true_false).")
            % {"value": values.get("kind", "")}
        )
    text = (values.get("text") or "").strip()
    if not text:
        row.errors.append(_("The question text is missing."))
    scoring = SCORING_VALUES.get(_key(values.get("scoring", "")))
    if scoring is None:
        row.errors.append(
            _("Unknown scoring: “%(value)s” (all_or_nothing or partial).") % {"value": values["scoring"]}
        )
    texts = [(values.get(f"choice_{letter.lower()}") or "").strip() for letter in LETTERS]
    if kind == QuestionKind.TRUE_FALSE and not any(texts):
        texts[:2] = TRUE_FALSE_DEFAULTS
    letters = [letter for letter in re.findall(r"[A-Za-z]", values.get("correct", "")) if letter]
    correct_letters = {letter.upper() for letter in letters}
    unknown = [letter for letter in correct_letters if letter not in LETTERS]
    if unknown:
        row.errors.append(_("Unknown correct answer: %(value)s.") % {"value": ", ".join(sorted(unknown))})
    for letter in sorted(correct_letters):
        if letter in LETTERS and not texts[LETTERS.index(letter)]:
            row.errors.append(_("The correct answer %(letter)s has no choice text.") % {"letter": letter})
    last = max((index for index, value in enumerate(texts) if value), default=-1)
    if any(not value for value in texts[: last + 1]):
        row.errors.append(_("Choices must be filled from A without gaps."))
    choices = [
        (value, LETTERS[index] in correct_letters) for index, value in enumerate(texts[: last + 1]) if value
    ]
    if kind is not None:
        row.errors.extend(check_choices(kind, choices))
    section_slug = (values.get("handbook_section") or "").strip()
    section_id = None
    if section_slug:
        section_id = lookups.sections.get(section_slug)
        if section_id is None:
            row.errors.append(_("No handbook section has the slug “%(value)s”.") % {"value": section_slug})
    # What the preview accepts the write must accept: each value fits the field it goes into.
    for letter, value in zip(LETTERS, texts, strict=True):
        label = _("Choice %(letter)s") % {"letter": letter}
        row.errors.extend(field_errors(Choice, {"text": value}, labels={"text": label}))
    row.errors.extend(field_errors(Question, {"category": (values.get("category") or "").strip()}))
    if row.errors or course is None:
        row.action = "error"
        return None
    rich_text = _html(text)
    key = (course.pk, question_text_key(rich_text))
    if key in seen:
        row.errors.append(_("The same question is already on line %(line)d.") % {"line": seen[key]})
        row.action = "error"
        return None
    seen[key] = row.line
    data = {
        "course": course,
        "kind": kind,
        "text": rich_text,
        "scoring": scoring,
        "explanation": _html(values.get("explanation", "")),
        "handbook_section_id": section_id,
        "category": (values.get("category") or "").strip(),
        "choices": choices,
    }
    existing = lookups.existing.get(key)
    if existing is None:
        row.action = "create"
    elif _same(existing, data):
        row.action = "unchanged"
    else:
        row.action = "update"
    data["existing"] = existing
    return data


def _same(question: Question, data: dict) -> bool:
    return (
        question.kind == data["kind"]
        and question.scoring == data["scoring"]
        and _plain(question.explanation) == _plain(data["explanation"])
        and question.handbook_section_id == data["handbook_section_id"]
        and question.category == data["category"]
        and question.active
        and [(c.text, c.is_correct) for c in question.choices.all()] == data["choices"]
    )


def _read(upload: IO[bytes], filename: str) -> tuple[ImportReport, list[dict | None]]:
    rows = read_table(upload, filename, aliases=ALIASES, required=REQUIRED)
    lookups = _Lookups()
    seen: dict[tuple[int, str], int] = {}
    results, parsed = [], []
    for row in rows:
        result = RowResult(line=row.line, values=row.values)
        parsed.append(_parse_row(result, lookups, seen))
        results.append(result)
    return ImportReport(rows=results), parsed


def preview_question_import(upload: IO[bytes], filename: str) -> ImportReport:
    """What importing the file would do, row by row; nothing is written."""
    report, _parsed = _read(upload, filename)
    return report


def import_questions(upload: IO[bytes], filename: str, *, acting_user=None) -> ImportReport:
    """Create or update the questions of the valid rows, all in one transaction; rows with errors are skipped."""
    report, parsed = _read(upload, filename)
    with transaction.atomic():
        for result, data in zip(report.rows, parsed, strict=True):
            if data is None or result.action == "unchanged":
                continue
            _write_question(data)
    return report


def _write_question(data: dict) -> Question:
    question = data["existing"] or Question(course=data["course"])
    for field in ("kind", "text", "scoring", "explanation", "handbook_section_id", "category"):
        setattr(question, field, data[field])
    question.active = True
    question.save()
    # Choices are updated in place by position, so answers already given keep pointing at their choice.
    current = list(Choice.objects.filter(question=question).order_by("sort_order", "pk"))
    for index, (text, is_correct) in enumerate(data["choices"]):
        if index < len(current):
            choice = current[index]
            choice.text, choice.is_correct, choice.sort_order = text, is_correct, index
            choice.save()
        else:
            Choice.objects.create(question=question, text=text, is_correct=is_correct, sort_order=index)
    for choice in current[len(data["choices"]) :]:
        choice.delete()
    return question


def questions_table(questions: Iterable[Question]) -> Table:
    """The questions in the import layout (exported as .xlsx, and importable again)."""
    questions = list(questions)
    section_slugs = _section_slugs({q.handbook_section_id for q in questions if q.handbook_section_id})

    def rows():
        for question in questions:
            choices = list(question.choices.all())
            texts = [choice.text for choice in choices] + [""] * (len(LETTERS) - len(choices))
            correct = ",".join(LETTERS[index] for index, choice in enumerate(choices) if choice.is_correct)
            yield [
                question.course.slug,
                question.kind,
                _plain(question.text),
                *texts[: len(LETTERS)],
                correct,
                question.scoring,
                _plain(question.explanation),
                section_slugs.get(question.handbook_section_id, ""),
                question.category,
            ]

    return Table(
        title=_("Questions"),
        headers=[label for _column, label in HEADERS],
        rows=rows(),
        widths={1: 28, 2: 12, 3: 60, 10: 12, 11: 16, 12: 50, 13: 36, 14: 20},
    )


def _section_slugs(ids: set[int]) -> dict[int, str]:

    return dict(Page.objects.filter(pk__in=ids).values_list("pk", "slug"))


def results_table(session, quiz, rows: list) -> Table:
    """The results of a quiz in a session (one row per trainee), exported as .xlsx."""

    def lines():
        for row in rows:
            user = row.user
            result = "" if row.passed is None else (_("Passed") if row.passed else _("Not passed"))
            yield [
                *person_cells(user),
                row.attempts,
                float(row.best) if row.best is not None else None,
                float(row.last) if row.last is not None else None,
                float(row.grade) if row.grade is not None else None,
                result,
            ]

    return Table(
        title=_("Results"),
        preamble=[[Styled(f"{quiz.title} — {session.code} {session.title}", bold=True)]],
        headers=[
            *person_headers(),
            _("Attempts"),
            _("Best score (%)"),
            _("Last score (%)"),
            _("Grade (%)"),
            _("Result"),
        ],
        rows=lines(),
        widths={1: 14, 2: 14, 3: 12, 4: 30, 5: 36},
    )
