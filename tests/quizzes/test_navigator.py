"""The question navigator of an open attempt is rendered by the server (the quiz works without JavaScript):
one link per question, answered ones marked, and the count ("Đã trả lời 1/5")."""

import pytest

from courses.quizzes import services
from tests.conftest import login

pytestmark = pytest.mark.django_db


def test_the_navigator_shows_the_saved_state_without_javascript(client, trainee, quiz, vietnamese):
    attempt = services.start_attempt(quiz, user=trainee)
    first = attempt.layout[0]
    services.save_answer(attempt, question_id=first["q"], choice_ids=[first["c"][0]], user=trainee)
    login(client, trainee)
    html = client.get(f"/bai-lam/{attempt.pk}/").content.decode()
    assert "Đã trả lời <strong data-quiz-answered>1</strong>/5" in html
    assert html.count('class="quiz-nav-item') == 5
    assert html.count('class="quiz-nav-item is-answered"') == 1
    assert f'href="#question-{first["q"]}"' in html and f'id="question-{first["q"]}"' in html
    # The script is a static file (no inline script under the CSP).
    assert "quizzes/quiz_nav.js" in html and "<script>" not in html
