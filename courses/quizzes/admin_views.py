"""Custom admin views: question import (preview, then confirm) and export; results and item statistics."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.admin.views import generic

from courses.models import Enrolment, TrainingSession
from lms.admin import render_admin_page
from lms.exports import xlsx_response
from lms.http import found
from lms.imports.views import ReportImportView

from . import selectors
from .models import AttemptAnswer, Question, Quiz
from .spreadsheets import import_questions, preview_question_import, questions_table, results_table

# Upload, preview row by row, then confirm: the valid rows are written in one transaction.
question_import = ReportImportView.for_model(
    Question,
    heading=gettext_lazy("Import questions"),
    preview_import=preview_question_import,
    apply_import=import_questions,
)


@require_GET
def question_export(request):
    if not request.user.has_perm("quizzes.view_question"):
        raise PermissionDenied
    queryset = (
        Question.objects.select_related("course")
        .prefetch_related("choices")
        .order_by("course", "category", "pk")
    )
    # A course filter that is not a valid id is ignored (an out-of-range id would crash the query).
    course = selectors.parse_id(request.GET.get("course"))
    if course is not None:
        queryset = queryset.filter(course_id=course)
    kind = request.GET.get("kind")
    if kind:
        queryset = queryset.filter(kind=kind)
    category = request.GET.get("category")
    if category:
        queryset = queryset.filter(category__icontains=category)
    return xlsx_response(f"cau-hoi-{timezone.localdate():%Y%m%d}.xlsx", questions_table(queryset))


def _check_results_permission(request) -> None:
    if not request.user.has_perm("quizzes.view_quizattempt"):
        raise PermissionDenied


def _session_and_quiz(request, session_pk: int, quiz_pk: int) -> tuple[TrainingSession, Quiz]:
    _check_results_permission(request)
    session_pk, quiz_pk = selectors.parse_id(session_pk), selectors.parse_id(quiz_pk)
    if session_pk is None or quiz_pk is None:
        raise Http404
    session = found(selectors.sessions_for_results(request.user).filter(pk=session_pk).first())
    quiz = get_object_or_404(Quiz, pk=quiz_pk, course_id=session.course_id)
    return session, quiz


@require_GET
def results_index(request):
    _check_results_permission(request)
    entries = selectors.results_index(request.user)
    quiz_filter = selectors.parse_id(request.GET.get("quiz"))
    if quiz_filter is not None:
        for entry in entries:
            entry["quizzes"] = [item for item in entry["quizzes"] if item["quiz"].pk == quiz_filter]
        entries = [entry for entry in entries if entry["quizzes"]]
    return render_admin_page(
        request,
        "quizzes/admin/results_index.html",
        {"entries": entries},
        title=gettext("Quiz results"),
        icon="table",
    )


@require_GET
def results_detail(request, session_pk: int, quiz_pk: int):
    session, quiz = _session_and_quiz(request, session_pk, quiz_pk)
    rows = selectors.session_results(session, quiz)
    items = selectors.quiz_item_statistics(quiz, session=session)
    graded = [row for row in rows if row.grade is not None]
    return render_admin_page(
        request,
        "quizzes/admin/results_detail.html",
        {
            "session": session,
            "quiz": quiz,
            "rows": rows,
            "items": items,
            "chart": selectors.chart_bars(items),
            "passed_count": sum(1 for row in graded if row.passed),
            "graded_count": len(graded),
        },
        title=quiz.title,
        subtitle=session,
        icon="table",
    )


@require_GET
def results_export(request, session_pk: int, quiz_pk: int):
    session, quiz = _session_and_quiz(request, session_pk, quiz_pk)
    rows = selectors.session_results(session, quiz)
    return xlsx_response(f"ket-qua-{quiz.pk}-lop-{session.pk}.xlsx", results_table(session, quiz, rows))


@require_GET
def trainee_record(request, enrolment_pk: int):
    """A trainee's record in one session, for its trainers: who they are, their enrolment, every quiz attempt."""
    _check_results_permission(request)
    enrolment = found(
        Enrolment.objects.select_related("user", "user__organisation").filter(pk=enrolment_pk).first()
    )
    session = found(selectors.sessions_for_results(request.user).filter(pk=enrolment.session_id).first())
    return render(
        request,
        "quizzes/admin/trainee_record.html",
        {
            "session": session,
            "enrolment": enrolment,
            "person": enrolment.user,
            "quizzes": selectors.trainee_attempts(enrolment),
        },
    )


class QuestionDeleteView(generic.DeleteView):
    """Deleting a question says which one, from which bank, and what goes with it (the answers given to it)."""

    template_name = "quizzes/admin/question_confirm_delete.html"

    @property
    def confirmation_message(self) -> str:
        question = self.object
        text = Truncator(strip_tags(question.text)).chars(120)
        message = _("Delete the question “%(text)s” from the bank of %(course)s?") % {
            "text": text,
            "course": question.course.title if question.course_id else "—",
        }
        answers = AttemptAnswer.objects.filter(question=question).count()
        if answers:
            message += " " + ngettext(
                "The %(count)d answer trainees gave to it will be deleted too; consider unticking “Active” instead.",
                "The %(count)d answers trainees gave to it will be deleted too; consider unticking “Active” instead.",
                answers,
            ) % {"count": answers}
        else:
            message += " " + _("Quizzes will no longer draw it.")
        return message
