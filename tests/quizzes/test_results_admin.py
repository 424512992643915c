"""Results for trainers (their sessions only), the XLSX export, the admin screens and the role permissions."""

import random
import re

import pytest
from django.conf import settings

from courses.models import TrainingSession
from courses.quizzes import selectors, services
from courses.quizzes.models import GradingMethod
from tests.conftest import login
from tests.factories import UserFactory
from tests.spreadsheets import first_sheet

from .conftest import correct_ids, enrol, make_quiz, wrong_ids


def _take(quiz, user, session, right: int):
    attempt = services.start_attempt(quiz, user=user, rng=random.Random(right))
    assert attempt.session == session
    for index, question_id in enumerate(attempt.question_ids):
        from courses.quizzes.models import Question

        question = Question.objects.get(pk=question_id)
        ids = correct_ids(question) if index < right else wrong_ids(question)[:1]
        services.save_answer(attempt, question_id=question_id, choice_ids=ids, user=user)
    return services.submit_attempt(attempt, user=user)


@pytest.fixture
def results(course, bank, session, trainee):
    quiz = make_quiz(course, question_count=5, attempts_allowed=3, pass_mark=60)
    enrol(session, trainee)
    _take(quiz, trainee, session, right=4)  # 80
    _take(quiz, trainee, session, right=2)  # 40
    other = UserFactory(given_name="An", family_name="Trần")
    enrol(session, other)
    absent = UserFactory(given_name="Yến", family_name="Lê")
    enrol(session, absent)
    return quiz


def test_best_last_and_grade_per_method(session, trainee, results):
    rows = {row.user.pk: row for row in selectors.session_results(session, results)}
    row = rows[trainee.pk]
    assert (row.attempts, float(row.best), float(row.last), float(row.grade), row.passed) == (
        2,
        80,
        40,
        80,
        True,
    )
    results.grading_method = GradingMethod.LAST
    results.save()
    row = {r.user.pk: r for r in selectors.session_results(session, results)}[trainee.pk]
    assert (float(row.grade), row.passed) == (40, False)
    assert len(rows) == 3
    assert [r.grade for r in rows.values() if r.user.pk != trainee.pk] == [None, None]


def test_quiz_passed_for_the_certificate(session, trainee, results):
    assert selectors.quiz_passed(trainee, session) is True  # no quiz is required yet
    results.required_for_certificate = True
    results.save()
    assert selectors.quiz_passed(trainee, session) is True
    results.grading_method = GradingMethod.LAST
    results.save()
    assert selectors.quiz_passed(trainee, session) is False
    assert selectors.quiz_passed(UserFactory(), session) is False


def test_trainer_sees_only_their_sessions(client, trainer, session, results, course):
    other = TrainingSession.objects.create(course=course, code="Khóa 9/2026", title="Lớp khác", year=2026)
    login(client, trainer)
    index = client.get("/admin/quizzes/results/")
    assert index.status_code == 200
    assert session.code in index.content.decode() and "Khóa 9/2026" not in index.content.decode()
    detail = client.get(f"/admin/quizzes/results/{session.pk}/{results.pk}/")
    assert detail.status_code == 200
    html = detail.content.decode()
    assert "<svg" in html and "Nhung" in html
    svg = re.search(r'<svg role="img".*?</svg>', html, re.S).group(0)
    assert not re.search(r'="[0-9]+,[0-9]', svg)  # no localised decimal comma inside SVG coordinates
    assert client.get(f"/admin/quizzes/results/{other.pk}/{results.pk}/").status_code == 404
    assert client.get(f"/admin/quizzes/results/{other.pk}/{results.pk}/export/").status_code == 404


def test_manager_sees_every_session_and_exports(client, manager, session, results, trainee):
    login(client, manager)
    response = client.get(f"/admin/quizzes/results/{session.pk}/{results.pk}/export/")
    assert response.status_code == 200
    sheet = first_sheet(response.content)
    rows = list(sheet.iter_rows(values_only=True))
    data = {r[3]: r for r in rows[2:]}
    assert data[trainee.email][5:9] == (2, 80, 40, 80)
    assert data[trainee.email][9] in {"Đạt", "Passed"}
    assert len(data) == 3


def test_editor_authors_but_does_not_see_results(client, editor, results):
    login(client, editor)
    assert client.get("/admin/quizzes/questions/").status_code == 200
    assert client.get("/admin/quizzes/quizzes/").status_code == 200
    assert client.get("/admin/quizzes/questions/new/").status_code == 200
    assert client.get("/admin/quizzes/results/").status_code in {302, 403}


def test_roles_have_the_quiz_permissions(trainer, editor, manager, trainee):
    assert trainer.has_perm("quizzes.add_question") and trainer.has_perm("quizzes.view_quizattempt")
    assert editor.has_perm("quizzes.change_quiz") and not editor.has_perm("quizzes.view_quizattempt")
    assert manager.has_perm("quizzes.delete_quizattempt")
    assert not trainee.has_perm("quizzes.view_question")
    assert settings.ROLE_TRAINERS == "Trainers"


def test_admin_screens_render(client, trainer, results, bank):
    login(client, trainer)
    for url in [
        "/admin/quizzes/questions/",
        f"/admin/quizzes/questions/edit/{bank[0].pk}/",
        "/admin/quizzes/quizzes/",
        f"/admin/quizzes/quizzes/edit/{results.pk}/",
        "/admin/quizzes/quizzes/new/",
        "/admin/",
    ]:
        assert client.get(url).status_code == 200, url
