"""The site shell: home, general pages, search, language switch, error pages, accessibility landmarks."""

import pytest
from django.urls import reverse

from cms_site.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_page():
    home = HomePage.objects.get()
    page = StandardPage(
        title="Đăng ký người phát ngôn",
        slug="dang-ky-nguoi-phat-ngon",
        intro="Hướng dẫn đăng ký thông tin người phát ngôn của cơ quan hành chính.",
        body=[
            ("paragraph", "<p>Mỗi cơ quan công bố họ tên, chức vụ, số điện thoại của người phát ngôn.</p>")
        ],
        show_in_menus=True,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_home_page_renders_in_vietnamese_with_landmarks(client, about_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Lớp học Truyền thông chính sách" in html
    assert "Chuyển đến nội dung chính" in html  # skip link
    assert 'role="banner"' in html and '<main id="main"' in html and 'role="contentinfo"' in html
    assert "Đăng nhập" in html and "Đăng ký" in html
    # Main navigation lists the page marked "show in menus".
    assert 'href="/dang-ky-nguoi-phat-ngon/"' in html
    # No asset is fetched from the internet.
    assert "https://" not in "".join(
        line for line in html.splitlines() if "src=" in line or "stylesheet" in line
    )


def test_english_is_available_under_en(client):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Sign in" in html


def test_language_switch_keeps_vietnamese_urls_unprefixed(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/tim-kiem/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/tim-kiem/"


def test_search_finds_pages_with_and_without_diacritics(client, about_page):
    for query in ("người phát ngôn", "nguoi phat ngon", "NGUOI PHAT NGON"):
        response = client.get(reverse("cms_site:search"), {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Đăng ký người phát ngôn" in html, query
        assert "kết quả cho" in html


def test_search_with_no_match_says_so(client, about_page):
    html = client.get(reverse("cms_site:search"), {"q": "khongcotrongtrang"}).content.decode()
    assert "0 kết quả" in html


def test_unknown_page_gives_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_server_error_page_is_static_and_vietnamese(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Đã xảy ra lỗi" in html and 'lang="vi"' in html


@pytest.mark.parametrize("query", ['"', 'người"', "(phát OR ngôn", "*", "nguoi - phat"])
def test_search_survives_punctuation_and_operators(client, about_page, query):
    response = client.get(reverse("cms_site:search"), {"q": query})
    assert response.status_code == 200
