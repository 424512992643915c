"""Demo content of the site shell: home page text, an "about" page, contact settings."""

from __future__ import annotations

from wagtail.models import Site

from .models import HomePage, SiteSettings, StandardPage

HOME_INTRO = (
    "<p>Nền tảng học tập phục vụ Chương trình hành động tăng cường công tác truyền thông chính sách: "
    "các lớp bồi dưỡng cho đội ngũ làm công tác truyền thông của bộ, ngành, địa phương, phóng viên, biên tập viên "
    "và cán bộ thông tin cơ sở; Sổ tay truyền thông chính sách; mạng lưới người phát ngôn ở mọi cấp.</p>"
)
ABOUT_BODY = [
    ("heading", {"text": "Mục tiêu", "level": "h2"}),
    (
        "paragraph",
        "<p>Nâng cao năng lực truyền thông chính sách và cung cấp thông tin cho báo chí của cán bộ, công chức "
        "các cấp, để chính sách được giải thích kịp thời, đầy đủ và dễ hiểu tới người dân và doanh nghiệp.</p>",
    ),
    ("heading", {"text": "Học viên làm gì trên nền tảng", "level": "h2"}),
    (
        "paragraph",
        "<ul><li>Đọc tài liệu khóa học và Sổ tay trực tuyến.</li><li>Đăng ký lớp tập huấn, theo dõi lịch học.</li>"
        "<li>Điểm danh, làm bài kiểm tra và nhận giấy chứng nhận có thể xác minh trực tuyến.</li></ul>",
    ),
]


def seed_site() -> None:
    home = HomePage.objects.first()
    if home is None:  # created by the cms_site migration
        return
    if not home.intro:
        home.intro = HOME_INTRO
        revision = home.save_revision()
        revision.publish()
    if not StandardPage.objects.filter(slug="gioi-thieu").exists():
        about = StandardPage(
            title="Giới thiệu",
            slug="gioi-thieu",
            intro="Về chương trình bồi dưỡng kỹ năng truyền thông chính sách.",
            body=ABOUT_BODY,
            show_in_menus=True,
        )
        home.add_child(instance=about)
        about.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.email:
        site_settings.address = "Số 51 - 53 Ngô Quyền, Hoàn Kiếm, Hà Nội"
        site_settings.phone = "024 3943 0000"
        site_settings.email = "taphuan@demo.lophoc.vn"
        site_settings.footer_text = "<p>Nền tảng bồi dưỡng kỹ năng truyền thông chính sách.</p>"
        site_settings.save()
