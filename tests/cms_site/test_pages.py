import pytest

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_vietnamese(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Lớp học Truyền thông chính sách" in html
