"""The back office in Vietnamese, as each role meets it, on the demo data.

The demo content is loaded once for the module (in a transaction rolled back at its end); each test then
runs in its own savepoint. A handbook section waits in review, so the moderation screens have something to
show, and an image and a document exist, so their edit screens can be opened.
"""

from __future__ import annotations

import io
import re
from collections import deque
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.template import Context, Template
from django.test import override_settings
from django.utils import timezone, translation
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import SessionDay, TrainingSession
from courses.quizzes.models import QuizAttempt
from handbook.models import HandbookSectionPage
from lms.people.models import User
from tests.conftest import login
from tests.lms.admin_text import english_words, sidebar_labels, visible_text

pytestmark = pytest.mark.django_db

EDITOR, TRAINER, MANAGER, ADMIN = (
    "bientap@demo.lophoc.vn",
    "giangvien@demo.lophoc.vn",
    "quanly@demo.lophoc.vn",
    "admin@demo.lophoc.vn",
)


def _png() -> ImageFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "#a50e0e").save(buffer, format="PNG")
    return ImageFile(buffer, name="hop-bao.png")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, a section in review, an image and a document; rolled back after the module."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            cache.clear()
            call_command("seed_demo", stdout=io.StringIO())
            editor = User.objects.get(email=EDITOR)
            section = HandbookSectionPage.objects.live().order_by("path").first()
            section.title = f"{section.title} (bản sửa)"
            revision = section.save_revision(user=editor)
            section.get_workflow().start(section, editor)
            get_image_model().objects.create(title="Ảnh họp báo", file=_png())
            get_document_model().objects.create(
                title="Mẫu thông cáo báo chí", file=ContentFile(b"Thong cao", name="thong-cao.txt")
            )
            yield {"section": section, "revision": revision}
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def as_role(client, demo):
    translation.activate("vi")

    def log_in(email: str):
        return login(client, User.objects.get(email=email))

    yield log_in
    translation.deactivate()


def _get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# --- (a) The words that used to clash read right where they appear ---


def test_a_page_title_field_reads_tieu_de_not_ten_lop(as_role, demo):
    client = as_role(EDITOR)
    html = _get(client, f"/admin/pages/{demo['section'].pk}/edit/")
    label = re.search(r'<label for="id_title"[^>]*>(.*?)</label>', html, re.S).group(1)
    assert "Tiêu đề" in label
    assert "Tên lớp" not in visible_text(html)


def test_the_admin_menu_reads_trang_hinh_anh_tai_lieu_bao_cao_tro_giup(as_role):
    labels = sidebar_labels(_get(as_role(MANAGER), "/admin/"))
    for label in ("Trang", "Hình ảnh", "Tài liệu", "Báo cáo", "Trợ giúp", "Lớp tập huấn"):
        assert label in labels
    assert "Số trang" not in labels and "Pages" not in labels


def test_the_handbook_editions_still_count_pages(as_role):
    text = visible_text(_get(as_role(MANAGER), "/admin/handbook/editions/"))
    assert "Số trang" in text


def test_the_course_filter_reads_hinh_thuc_hoc_not_login_sessions(client, demo):
    index = Page.objects.get(slug="khoa-hoc").specific
    text = visible_text(_get(client, index.url))
    assert "Hình thức học" in text
    assert "Phiên đăng nhập" not in text


def test_the_quiz_list_title_column_reads_tieu_de(as_role):
    text = visible_text(_get(as_role(MANAGER), "/admin/quizzes/quizzes/"))
    assert "Tiêu đề" in text and "Tên lớp" not in text


def test_the_session_form_keeps_the_session_words(as_role):
    session = TrainingSession.objects.order_by("pk").first()
    text = visible_text(_get(as_role(MANAGER), f"/admin/courses/sessions/edit/{session.pk}/"))
    assert "Tên lớp" in text and "Mã lớp" in text


def test_the_session_inspect_view_shows_no_none_nor_search_copy(as_role):
    session = TrainingSession.objects.order_by("pk").first()
    text = visible_text(_get(as_role(MANAGER), f"/admin/courses/sessions/inspect/{session.pk}/"))
    assert "None" not in text and "folded" not in text


def test_roles_read_in_vietnamese(as_role):
    client = as_role(ADMIN)
    text = visible_text(_get(client, "/admin/groups/"))
    for label in ("Học viên", "Giảng viên", "Biên tập viên", "Cán bộ quản lý chương trình"):
        assert label in text
    assert "Trainees" not in text


def test_submitting_for_review_reads_gui_duyet(as_role, demo):
    client = as_role(EDITOR)
    section = HandbookSectionPage.objects.live().order_by("path")[1]
    html = _get(client, f"/admin/pages/{section.pk}/edit/")
    assert re.search(r'<button type="submit" name="action-submit"[^>]*>.*?Gửi duyệt\s*</button>', html, re.S)
    assert "Thực hiện" not in visible_text(html)


def test_a_page_in_review_shows_its_state_in_vietnamese(as_role, demo):
    client = as_role(EDITOR)
    text = visible_text(_get(client, f"/admin/pages/{demo['section'].get_parent().pk}/"))
    assert "đang xuất bản + đang chờ duyệt" in text


def test_the_reviewer_dashboard_reads_in_vietnamese(as_role, demo):
    html = _get(as_role(MANAGER), "/admin/")
    text = visible_text(html)
    assert "Chờ bạn duyệt" in text
    assert "So sánh với bản đang xuất bản" in text
    assert english_words(html) == []


def test_times_ago_read_in_vietnamese():
    with translation.override("vi"):
        template = Template(
            "{% load wagtailadmin_tags %}{{ long_ago|timesince_simple }}|{{ now|timesince_simple }}"
        )
        rendered = template.render(
            Context({"long_ago": timezone.now() - timedelta(days=40), "now": timezone.now()})
        )
    assert rendered.replace("\xa0", " ") == "1 tháng trước|vừa xong"


@pytest.mark.parametrize("url", ["/admin/login/", "/tai-khoan/login/", "/tai-khoan/password/reset/"])
def test_sign_in_screens_read_in_vietnamese(client, demo, url):
    # /admin/login/ sends people to the one login page (allauth's): follow it as a browser would.
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert english_words(html) == []
    assert "Sign in to Wagtail" not in html


# --- (b) Every role's main screens, walked: no English word left ---


def _start_urls(role: str) -> list[str]:
    section = HandbookSectionPage.objects.live().order_by("path").first()
    image = get_image_model().objects.order_by("pk").first()
    document = get_document_model().objects.order_by("pk").first()
    session = TrainingSession.objects.filter(enrolments__isnull=False).order_by("pk").first()
    day = SessionDay.objects.filter(session=session).order_by("date").first()
    attempt = QuizAttempt.objects.filter(submitted_at__isnull=False).select_related("quiz").first()
    editor = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{section.get_parent().pk}/",
        f"/admin/pages/{section.pk}/edit/",
        f"/admin/pages/{section.pk}/history/",
        "/admin/pages/search/?q=ph%C3%A1t+ng%C3%B4n",
        "/admin/images/",
        f"/admin/images/{image.pk}/",
        "/admin/documents/",
        f"/admin/documents/edit/{document.pk}/",
        "/admin/account/",
    ]
    trainer = [
        "/admin/",
        "/admin/courses/sessions/",
        f"/admin/courses/sessions/edit/{session.pk}/",
        f"/admin/courses/sessions/{session.pk}/enrolments/",
        "/admin/attendance/",
        f"/admin/attendance/sessions/{session.pk}/",
        f"/admin/attendance/days/{day.pk}/",
        "/admin/quizzes/results/",
    ]
    if attempt is not None:
        trainer.append(f"/admin/quizzes/results/{attempt.session_id}/{attempt.quiz_id}/")
    manager = [
        *trainer,
        *editor[1:4],
        "/admin/people/organisations/",
        "/admin/people/spokespersons/",
        "/admin/people/levels/",
        "/admin/people/unlisted-work-units/",
        "/admin/reports/workflow/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/handbook/editions/",
        "/admin/certificates/",
    ]
    superuser = [
        *manager,
        "/admin/users/",
        f"/admin/users/edit/{User.objects.get(email=EDITOR).pk}/",
        "/admin/groups/",
        "/admin/settings/cms_site/sitesettings/",
        "/admin/sites/",
        "/admin/workflows/list/",
        "/admin/collections/",
        "/admin/redirects/",
    ]
    return {EDITOR: editor, TRAINER: trainer, MANAGER: manager, ADMIN: superuser}[role]


# Links the walk does not follow: they change things, download files or repeat a list in another order.
_SKIP = re.compile(
    r"logout|delete|/export|\.xlsx|\.csv|\.pdf|download|unpublish|revert|/lock/|/unlock/|/copy/|/move/"
    r"|/preview|unschedule|/workflow/|/jsi18n|mark|convert_alias|/disable/|/enable/|rebuild|/check-in/|/bulk/"
)


def _walk(client, start: list[str], *, budget: int) -> dict[str, list[str]]:
    """Open the start screens, then the admin links they show (each kind of screen once), up to `budget`."""
    queue, visited, kinds, found = deque(start), set(), set(), {}
    while queue and len(visited) < budget:
        url = queue.popleft()
        path = urlsplit(url).path
        kind = re.sub(r"\d+", "N", path)
        if url in visited or (kind in kinds and url not in start):
            continue
        visited.add(url)
        kinds.add(kind)
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        words = english_words(html)
        if words:
            found[url] = words
        # Links on the screen, and the admin menu's entries (drawn by JavaScript from a JSON island).
        for link in re.findall(r'(?:href="|"url": ")(/admin/[^"#?]*)"', html):
            if not _SKIP.search(link):
                queue.append(link)
    assert len(visited) >= min(budget, len(start)), "the walk reached too few screens"
    return found


@pytest.mark.parametrize(
    "role, budget", [(EDITOR, 45), (TRAINER, 40), (MANAGER, 70), (ADMIN, 90)], ids=lambda v: str(v)
)
def test_main_admin_screens_read_in_vietnamese(as_role, role, budget):
    client = as_role(role)
    assert _walk(client, _start_urls(role), budget=budget) == {}
