"""Privacy between trainers: the trainers picker lists trainers only; the site history report is not theirs."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.log_actions import log

from courses.viewsets import TrainingSessionViewSet
from tests.conftest import login
from tests.courses.conftest import make_session
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _session_form(session, user):
    form_class = TrainingSessionViewSet().get_form_class(for_update=True)
    return form_class(instance=session, for_user=user)


def test_the_trainers_picker_lists_only_trainers(client, manager, trainer, trainee, course):
    other_trainer = UserFactory(roles=[settings.ROLE_TRAINERS], given_name="Giảng")
    outsider = UserFactory(roles=[settings.ROLE_TRAINEES], given_name="Khách", family_name="Đỗ")
    former = UserFactory(roles=[settings.ROLE_TRAINERS], is_active=False)
    session = make_session(course, trainers=[trainer])

    form = _session_form(session, manager)
    assert set(form.fields["trainers"].queryset) == {trainer, other_trainer}
    with pytest.raises(ValidationError):
        form.fields["trainers"].clean([str(trainer.pk), str(trainee.pk)])
    assert list(form.fields["trainers"].clean([str(other_trainer.pk)])) == [other_trainer]

    login(client, manager)
    html = client.get(f"/admin/courses/sessions/edit/{session.pk}/").content.decode()
    assert other_trainer.full_name in html
    assert outsider.full_name not in html and former.full_name not in html
    html = client.get("/admin/courses/sessions/new/").content.decode()
    assert other_trainer.full_name in html and outsider.full_name not in html


@pytest.fixture
def logged_edits(course, trainer, manager):
    other_trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    mine = make_session(course, trainers=[trainer])
    theirs = make_session(course, trainers=[other_trainer])
    for session, title in ((mine, "Lớp của tôi"), (theirs, "Lớp của đồng nghiệp")):
        session.title = title
        session.save()
        log(session, "wagtail.edit", user=manager)
    return mine, theirs


SITE_HISTORY_URLS = [
    "/admin/reports/site-history/",
    "/admin/reports/site-history/results/",
    "/admin/reports/site-history/?export=csv",
    "/admin/reports/site-history/?export=xlsx",
]


@pytest.mark.parametrize("url", SITE_HISTORY_URLS)
def test_trainers_cannot_open_or_export_the_site_history(client, trainer, logged_edits, url):
    login(client, trainer)
    response = client.get(url)
    assert response.status_code == 302
    assert "Content-Disposition" not in response
    assert response["Location"] == "/admin/"


def test_the_reports_menu_shows_trainers_no_site_history(client, trainer, manager, logged_edits):
    mine, _theirs = logged_edits
    login(client, trainer)
    assert "/admin/reports/site-history/" not in client.get("/admin/").content.decode()
    # Their own session's history stays open to them.
    response = client.get(f"/admin/courses/sessions/history/{mine.pk}/")
    assert response.status_code == 200


@pytest.mark.parametrize("url", SITE_HISTORY_URLS)
def test_managers_keep_the_site_history(client, manager, logged_edits, url):
    login(client, manager)
    response = client.get(url)
    assert response.status_code == 200
    if "export=csv" in url:
        body = response.content.decode()
        assert all(session.title in body for session in logged_edits)
    elif "export" not in url:
        html = response.content.decode()
        assert all(session.title in html for session in logged_edits)
