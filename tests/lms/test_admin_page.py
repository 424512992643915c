"""Custom admin screens share one page template: Wagtail's header with the screen's title, then the screen."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.conftest import login

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url_name", "title"),
    [
        ("certificates_sessions", "Certificates"),
        ("attendance_sessions", "Attendance"),
        ("reports_coverage", "Spokesperson network coverage"),
        ("people_unlisted_work_units", "Work units to match"),
        ("quiz_results:index", "Quiz results"),
    ],
)
def test_a_custom_admin_screen_shows_its_title_in_the_header_and_the_tab(client, superuser, url_name, title):
    login(client, superuser)
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    with translation.override("vi"):
        expected = gettext(title)
    html = response.content.decode()
    header = re.search(r'<h1 class="w-header__title"[^>]*>(.*?)</h1>', html, re.S)
    assert header is not None and expected in header.group(1)
    assert re.search(rf"<title>\s*{re.escape(expected)}", html)
