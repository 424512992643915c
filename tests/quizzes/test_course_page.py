"""The include the course page uses: the course's quizzes with the signed-in person's result."""

import random

from django.template import Context, Template
from django.test import RequestFactory

from courses.quizzes import services

from .conftest import correct_ids


def _render(course, user):
    request = RequestFactory().get("/")
    request.user = user
    template = Template("{% load quizzes_tags %}{% course_quizzes course %}")
    return template.render(Context({"request": request, "course": course}))


def test_course_quizzes_lists_the_quiz_and_the_grade(course, quiz, trainee):
    # `quiz` is graded and the trainee has a confirmed enrolment in a started session (see conftest).
    html = _render(course, trainee)
    assert f"/bai-kiem-tra/{quiz.pk}/" in html and quiz.title in html
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    from courses.quizzes.models import Question

    for question_id in attempt.question_ids:
        question = Question.objects.get(pk=question_id)
        services.save_answer(attempt, question_id=question_id, choice_ids=correct_ids(question), user=trainee)
    services.submit_attempt(attempt, user=trainee)
    html = _render(course, trainee)
    assert "100%" in html and "Đạt" in html


def test_course_quizzes_for_anonymous(course, quiz):
    from django.contrib.auth.models import AnonymousUser

    assert quiz.title in _render(course, AnonymousUser())


def test_each_quiz_says_whether_it_is_open_to_the_trainee(client, course, bank, session, trainee):
    from courses.quizzes.models import QuizAttempt
    from tests.conftest import login
    from tests.factories import UserFactory

    from .conftest import enrol, make_question, make_quiz

    graded = make_quiz(course, title="Bài kiểm tra cuối khóa", attempts_allowed=2)
    make_question(course, practice=True)
    practice = make_quiz(course, title="Ôn tập chương 1", is_practice=True, attempts_allowed=0)
    stranger = UserFactory()
    html = _render(course, stranger)
    assert "Bạn cần được xác nhận ghi danh vào một lớp của khóa học này" in html
    assert "Ôn tập" in html and "đang mở" in html  # the practice quiz is open to them

    enrol(session, trainee)
    html = _render(course, trainee)
    assert "Bạn cần được xác nhận ghi danh" not in html
    assert "đang mở, còn 2 lượt làm bài" in html

    # The dashboard lists the quizzes of the trainee's courses with the same state.
    login(client, trainee)
    services.start_attempt(graded, user=trainee)
    dashboard = client.get("/hoc-tap-cua-toi/").content.decode()
    assert "Bài kiểm tra của tôi" in dashboard
    assert graded.title in dashboard and practice.title in dashboard
    attempt = QuizAttempt.objects.get(quiz=graded, user=trainee)
    assert f"/bai-lam/{attempt.pk}/" in dashboard and "đang làm: làm tiếp" in dashboard
    login(client, stranger)
    assert "Bài kiểm tra của tôi" not in client.get("/hoc-tap-cua-toi/").content.decode()


def test_the_admin_quiz_form_has_the_practice_flag_and_settings_in_vietnamese(client, trainer, course):
    from courses.quizzes.models import Quiz
    from tests.conftest import login

    login(client, trainer)
    html = client.get("/admin/quizzes/quizzes/new/").content.decode()
    for label in [
        "Bài ôn tập",
        "Mở trước khi lớp khai giảng",
        "Ai được làm bài và kết quả được tính vào đâu",
    ]:
        assert label.lower() in html.lower(), label
    data = {
        "course": course.pk,
        "title": "Ôn tập",
        "instructions": '{"blocks": [], "entityMap": {}}',
        "question_count": "5",
        "attempts_allowed": "0",
        "grading_method": "highest",
        "pass_mark": "70",
        "review_option": "explanations",
        "is_practice": "on",
        "required_for_certificate": "on",
        "category_rules-TOTAL_FORMS": "0",
        "category_rules-INITIAL_FORMS": "0",
        "category_rules-MIN_NUM_FORMS": "0",
        "category_rules-MAX_NUM_FORMS": "1000",
    }
    response = client.post("/admin/quizzes/quizzes/new/", data)
    assert response.status_code == 200
    assert "Bài ôn tập không bao giờ được tính để cấp giấy chứng nhận" in response.content.decode()
    del data["required_for_certificate"]
    response = client.post("/admin/quizzes/quizzes/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Quiz.objects.get(title="Ôn tập").is_practice
