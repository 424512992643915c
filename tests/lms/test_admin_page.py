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


def test_the_enrolment_report_and_import_screens_show_their_title_as_the_heading(client, superuser, trainee):
    """These screens draw Wagtail's header themselves: a context variable named `heading` used to replace the
    header's title, so the page had no h1, no subtitle and no icon."""
    from courses.models import BulkEnrolmentJob
    from tests.attendance.factories import enrol, make_session

    session = make_session()
    enrolment = enrol(session, trainee)
    job = BulkEnrolmentJob.objects.create(session=session, filename="danh-sach.xlsx")
    screens = [
        (reverse("courses_session_enrolments", args=[session.pk]), "Enrolments"),
        (reverse("courses_enrolment_remove", args=[enrolment.pk]), "Cancel an enrolment"),
        (reverse("courses_enrolment_move", args=[enrolment.pk]), "Move to another session"),
        (reverse("courses_bulk_job", args=[job.pk]), "Spreadsheet import"),
        (reverse("courses_session_import", args=[session.pk]), "Import enrolments"),
        (reverse("people_organisation_import"), "Import organisations"),
        (reverse("reports_training_records"), "Training records"),
        (reverse("reports_training_record", args=[trainee.pk]), "Training record"),
    ]
    login(client, superuser)
    for url, title in screens:
        response = client.get(url)
        assert response.status_code == 200, url
        with translation.override("vi"):
            expected = gettext(title)
        header = re.search(r'<h1 class="w-header__title"[^>]*>(.*?)</h1>', response.content.decode(), re.S)
        assert header is not None and expected in header.group(1), url


def test_the_back_office_carries_the_platforms_name_and_mark_not_wagtails(client, superuser):
    login(client, superuser)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.strip().endswith("- Lớp học Truyền thông chính sách") and "Wagtail" not in title
    assert '<link rel="icon" href="/static/cms_site/favicon.svg" type="image/svg+xml">' in html
    logo = re.search(r"<template data-wagtail-sidebar-branding-logo>(.*?)</template>", html, re.S).group(1)
    assert 'src="/static/cms_site/favicon.svg"' in logo and 'alt="Lớp học Truyền thông chính sách"' in logo
    missing = client.get("/admin/khong-co-trang-nay/")
    assert missing.status_code == 404 and "cms_site/favicon.svg" in missing.content.decode()


def test_the_help_menu_offers_the_guide_not_wagtails_release_notes(client, superuser):
    login(client, superuser)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "editor-guide" in html  # the help menu is there, with the editor guide
    assert "whats-new-in-wagtail" not in html
