"""The anonymous page cache: hits cost no query, publishing and seat changes show at once, signed-in people
and pages with forms or messages are never served from it."""

from __future__ import annotations

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from cms_site.models import HomePage
from courses.models import CourseIndexPage
from courses.services import enrol_trainee
from handbook.models import HandbookSectionPage
from lms import pagecache
from tests.courses.conftest import make_course, make_session, make_trainees
from tests.handbook.factories import SectionFactory, make_book

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def section(home):
    make_book(home, [2])
    return HandbookSectionPage.objects.order_by("path").first()


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def catalogue(home) -> CourseIndexPage:
    return home.add_child(instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc"))


def test_second_anonymous_view_is_served_from_the_cache_without_a_query(
    client, section, django_assert_num_queries
):
    first = client.get(section.url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(section.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"].startswith("text/html")
    # The headers the outer middleware adds are there on a hit too.
    assert "Content-Security-Policy" in second
    assert second["X-Frame-Options"] == "DENY"


def test_publishing_a_section_shows_the_new_text_on_the_next_anonymous_view(client, section, committed):
    client.get(section.url)
    section.title = "Tiêu đề mới sau khi xuất bản"
    with committed():
        section.save_revision().publish()
    response = client.get(section.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Tiêu đề mới sau khi xuất bản" in response.content.decode()


def test_publishing_a_sibling_refreshes_the_table_of_contents_of_every_page(client, section, committed):
    html = client.get(section.url).content.decode()
    assert "Mục vừa thêm vào chương" not in html
    with committed():
        SectionFactory(parent=section.get_parent().specific, title="Mục vừa thêm vào chương")
    assert "Mục vừa thêm vào chương" in client.get(section.url).content.decode()


def test_unpublishing_a_page_clears_it(client, section, committed):
    assert client.get(section.url).status_code == 200
    with committed():
        section.unpublish()
    assert client.get(section.url).status_code == 404


def test_a_draft_is_not_shown_until_it_is_published(client, section, committed):
    client.get(section.url)
    section.title = "Bản nháp chưa xuất bản"
    with committed():
        section.save_revision()
    assert "Bản nháp chưa xuất bản" not in client.get(section.url).content.decode()


def test_signed_in_people_never_get_a_cached_page(client, section, trainee):
    client.get(section.url)
    client.force_login(trainee)
    response = client.get(section.url)
    assert "X-Page-Cache" not in response
    assert trainee.given_name in response.content.decode()
    client.logout()
    # Signing out leaves no session behind: the visitor is anonymous again and shares the cached page.
    client.cookies.pop("sessionid", None)
    assert client.get(section.url)["X-Page-Cache"] == "hit"


def test_a_visitor_with_a_flash_message_gets_a_fresh_page_showing_it(client, section):
    client.get(section.url)
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(constants.INFO, "Thông báo dành riêng cho bạn")
    response = client.get("/")  # any response to carry the cookie
    storage.update(response)
    client.cookies["messages"] = response.cookies["messages"].value
    html = client.get(section.url).content.decode()
    assert "Thông báo dành riêng cho bạn" in html


def test_vietnamese_and_english_are_cached_apart(client, section):
    url = section.url
    client.get(url)
    english = client.get("/en" + url)
    assert english["X-Page-Cache"] == "miss"
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="vi">' in client.get(url).content.decode()


def test_pages_outside_the_cms_are_never_cached(client, section):
    client.get("/tai-khoan/login/")
    assert "X-Page-Cache" not in client.get("/tai-khoan/login/")


def test_no_page_for_visitors_carries_a_csrf_token(client, section):
    html = client.get(section.url).content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'hreflang="en"' in html


def test_a_response_that_used_a_csrf_token_is_not_stored(rf):
    request = rf.get("/")
    request._page_cache_tags = {pagecache.ALL_PAGES}
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True

    assert not pagecache._storable(request, HttpResponse("ok"))
    del request.META["CSRF_COOKIE_NEEDS_UPDATE"]
    assert pagecache._storable(request, HttpResponse("ok"))


def test_an_enrolment_refreshes_the_seats_on_the_course_page_and_the_catalogue(
    client, trainer, catalogue, committed
):
    course = make_course(catalogue)
    session = make_session(course, trainers=[trainer], capacity=5)
    assert "Còn 5/5 chỗ" in client.get(course.url).content.decode()
    client.get(catalogue.url)
    [trainee] = make_trainees(1)
    with committed():
        enrol_trainee(session, trainee, acting_user=trainer)
    after = client.get(course.url)
    assert after["X-Page-Cache"] == "miss"
    assert "Còn 4/5 chỗ" in after.content.decode()
    assert client.get(catalogue.url)["X-Page-Cache"] == "miss"


def test_a_session_edited_in_the_admin_refreshes_its_course_page(client, trainer, catalogue, committed):
    course = make_course(catalogue)
    session = make_session(course, trainers=[trainer], capacity=5)
    client.get(course.url)
    session.venue = "Hội trường mới, tầng 3"
    with committed():
        session.save()
    response = client.get(course.url)
    assert response["X-Page-Cache"] == "miss"


def test_nothing_is_cached_when_the_page_cache_is_off(client, section, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(section.url)
    assert "X-Page-Cache" not in client.get(section.url)


def _section_queries(client, book_sizes, home, *, user=None) -> int:
    """Queries of a section page read after another (the remembered outline and menus warm)."""
    make_book(home, book_sizes)
    first, second = HandbookSectionPage.objects.order_by("path")[:2]
    if user is not None:
        client.force_login(user)
    client.get(first.url)
    if user is not None:
        client.get(second.url)  # a signed-in session is written once, when its e-mail is first checked
    target = second
    with CaptureQueriesContext(connection) as queries:
        response = client.get(target.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] == "miss"
    return len(queries)


@pytest.mark.parametrize("sizes", [[2], [6, 6, 6, 6]])
def test_a_handbook_section_costs_at_most_8_queries_signed_out_whatever_the_book_size(client, home, sizes):
    assert _section_queries(client, sizes, home) <= 8


@pytest.mark.parametrize("sizes", [[2], [6, 6, 6, 6]])
def test_a_handbook_section_costs_at_most_10_queries_signed_in_whatever_the_book_size(
    client, home, trainee, sizes
):
    assert _section_queries(client, sizes, home, user=trainee) <= 10


def test_the_remembered_outline_follows_a_publish(client, home, trainee, committed):
    make_book(home, [2])
    section = HandbookSectionPage.objects.order_by("path").first()
    client.force_login(trainee)
    assert "Mục mới trong mục lục" not in client.get(section.url).content.decode()
    with committed():
        SectionFactory(parent=section.get_parent().specific, title="Mục mới trong mục lục")
    assert "Mục mới trong mục lục" in client.get(section.url).content.decode()


def test_signed_in_readers_get_the_section_body_from_the_cache_until_the_next_publish(
    client, home, trainee, committed
):
    make_book(home, [2])
    section = HandbookSectionPage.objects.order_by("path").first()
    client.force_login(trainee)
    assert section.title in client.get(section.url).content.decode()
    # A change that is not a publish (no signal) is not shown: the rendered body is remembered.
    HandbookSectionPage.objects.filter(pk=section.pk).update(summary="Tóm tắt sửa ngầm")
    assert "Tóm tắt sửa ngầm" not in client.get(section.url).content.decode()
    section.refresh_from_db()
    section.summary = "Tóm tắt sau khi xuất bản"
    with committed():
        section.save_revision().publish()
    html = client.get(section.url).content.decode()
    assert "Tóm tắt sau khi xuất bản" in html
    assert trainee.given_name in html  # the page around the remembered body is the reader's own


def test_signed_in_readers_cost_two_queries_a_section_once_the_route_is_remembered(client, home, trainee):
    """The session (in the database here; in Redis in production) and the user: the site, the page its URL
    leads to, the outline, the admin link and the focal-point link are remembered."""
    make_book(home, [6, 6])
    first, second = HandbookSectionPage.objects.order_by("path")[:2]
    client.force_login(trainee)
    client.get(first.url)
    client.get(second.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(second.url)
    assert response.status_code == 200
    assert second.title in response.content.decode()
    assert len(queries) <= 2, [query["sql"][:80] for query in queries.captured_queries]


def test_a_remembered_route_never_serves_a_page_unpublished_or_moved(client, home, trainee, committed):
    make_book(home, [2, 2])
    section = HandbookSectionPage.objects.order_by("path").first()
    other_chapter = HandbookSectionPage.objects.order_by("path").last().get_parent()
    client.force_login(trainee)
    old_url = section.url
    assert client.get(old_url).status_code == 200
    with committed():
        section.move(other_chapter, pos="last-child")
    section.refresh_from_db()
    assert section.url != old_url
    moved = client.get(old_url)  # Wagtail's redirect from the old address, not the page from a stale route
    assert moved.status_code == 301
    assert moved["Location"].endswith(section.url)
    assert client.get(section.url).status_code == 200
    with committed():
        section.unpublish()
    assert client.get(section.url).status_code == 404


def test_a_draft_saved_after_the_route_is_remembered_is_not_shown_to_readers(client, home, trainee):
    make_book(home, [2])
    section = HandbookSectionPage.objects.order_by("path").first()
    client.force_login(trainee)
    assert client.get(section.url).status_code == 200
    section.title = "Tiêu đề bản nháp"
    section.save_revision()  # a draft: the page's row changes (draft title, latest revision), not what is live
    html = client.get(section.url).content.decode()
    assert "Tiêu đề bản nháp" not in html
    assert section.get_parent().title in html


def test_the_admin_link_follows_the_persons_roles(client, section, trainee, settings, committed):
    from django.contrib.auth.models import Group

    client.force_login(trainee)
    assert 'href="/admin/"' not in client.get(section.url).content.decode()
    editors = Group.objects.get(name=settings.ROLE_EDITORS)
    with committed():
        trainee.groups.add(editors)
    assert 'href="/admin/"' in client.get(section.url).content.decode()
    with committed():
        editors.user_set.remove(trainee)
    assert 'href="/admin/"' not in client.get(section.url).content.decode()


def test_a_site_saved_with_another_host_is_followed_at_once(client, section, trainee, committed):
    """The request's site is remembered (no query a page) until a site is saved."""
    from wagtail.models import Site

    client.force_login(trainee)
    assert client.get(section.url).status_code == 200
    site = Site.objects.get()
    with committed():
        site.hostname, site.is_default_site = "khac.example.vn", False
        site.save()
    assert client.get(section.url).status_code == 404  # no site serves this host any more


def test_a_made_up_host_adds_nothing_to_the_cache(client, section, trainee, settings):
    """Signed in (no page cache): the remembered site is looked up only for an allowed host."""
    from django.core.cache import cache

    settings.ALLOWED_HOSTS = ["testserver"]
    client.force_login(trainee)
    assert client.get(section.url).status_code == 200
    before = len(cache._cache)
    for n in range(20):
        assert client.get(section.url, HTTP_HOST=f"x{n}.example.com").status_code == 400
    assert len(cache._cache) <= before + 2  # at most the publish stamp, never one entry per host
