"""Demo people and organisations, created through the services so they obey the rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from django.conf import settings

from .models import Organisation, TraineeCategory, User
from .services import add_user_to_role, import_organisations

DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - printed on start; demo accounts only
DATA_DIR = Path(__file__).resolve().parent / "data"

# email, family, middle, given, role, organisation code, category, position, date of birth
STAFF = [
    (
        "admin@demo.lophoc.vn",
        "Quản",
        "Trị",
        "Viên",
        None,
        "CUC-BC",
        TraineeCategory.OTHER,
        "Quản trị hệ thống",
        None,
    ),
    (
        "bientap@demo.lophoc.vn",
        "Lê",
        "Thị",
        "Hương",
        settings.ROLE_EDITORS,
        "CUC-BC",
        TraineeCategory.OTHER,
        "Biên tập viên",
        None,
    ),
    (
        "quanly@demo.lophoc.vn",
        "Phạm",
        "Văn",
        "Minh",
        settings.ROLE_MANAGERS,
        "CUC-BC",
        TraineeCategory.OTHER,
        "Trưởng phòng",
        None,
    ),
    (
        "giangvien@demo.lophoc.vn",
        "Trần",
        "Quốc",
        "Bảo",
        settings.ROLE_TRAINERS,
        "CUC-BC",
        TraineeCategory.OTHER,
        "Giảng viên",
        None,
    ),
    (
        "giangvien2@demo.lophoc.vn",
        "Đỗ",
        "Thu",
        "Hà",
        settings.ROLE_TRAINERS,
        "CUC-BC",
        TraineeCategory.OTHER,
        "Báo cáo viên",
        None,
    ),
]

TRAINEES = [
    (
        "hocvien@demo.lophoc.vn",
        "Nguyễn",
        "Thị Hồng",
        "Nhung",
        "S-HNI-VHTT",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1990, 5, 14),
    ),
    (
        "an.nguyen@demo.lophoc.vn",
        "Nguyễn",
        "Văn",
        "An",
        "T-QNH",
        TraineeCategory.SPOKESPERSON,
        "Chánh Văn phòng",
        date(1975, 2, 3),
    ),
    (
        "anh.tran@demo.lophoc.vn",
        "Trần",
        "Ngọc",
        "Ánh",
        "BO-TP",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên chính",
        date(1988, 11, 20),
    ),
    (
        "an.le@demo.lophoc.vn",
        "Lê",
        "Thị",
        "Ân",
        "X-QNH-VANDON",
        TraineeCategory.GRASSROOTS,
        "Công chức văn hóa - xã hội",
        date(1993, 7, 9),
    ),
    (
        "binh.dang@demo.lophoc.vn",
        "Đặng",
        "Thanh",
        "Bình",
        "BC-VOV",
        TraineeCategory.REPORTER,
        "Phóng viên",
        date(1991, 1, 30),
    ),
    (
        "duong.pham@demo.lophoc.vn",
        "Phạm",
        "Thùy",
        "Dương",
        "S-QNH-VHTTDL",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Phó Trưởng phòng",
        date(1985, 9, 1),
    ),
    (
        "dung.vu@demo.lophoc.vn",
        "Vũ",
        "Tiến",
        "Dũng",
        "BO-YT",
        TraineeCategory.SPOKESPERSON,
        "Phó Chánh Văn phòng",
        date(1979, 4, 22),
    ),
    (
        "giang.hoang@demo.lophoc.vn",
        "Hoàng",
        "Thị Hương",
        "Giang",
        "X-HNI-DONGANH",
        TraineeCategory.GRASSROOTS,
        "Công chức văn hóa - xã hội",
        date(1995, 12, 12),
    ),
    (
        "hai.bui@demo.lophoc.vn",
        "Bùi",
        "Đức",
        "Hải",
        "BC-NHANDAN",
        TraineeCategory.REPORTER,
        "Biên tập viên",
        date(1987, 3, 17),
    ),
    (
        "hanh.ngo@demo.lophoc.vn",
        "Ngô",
        "Mỹ",
        "Hạnh",
        "BO-GDDT",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1992, 6, 25),
    ),
    (
        "hoa.dinh@demo.lophoc.vn",
        "Đinh",
        "Thị",
        "Hoa",
        "X-QNH-COTO",
        TraineeCategory.GRASSROOTS,
        "Công chức văn hóa - xã hội",
        date(1990, 8, 8),
    ),
    (
        "khanh.ly@demo.lophoc.vn",
        "Lý",
        "Quốc",
        "Khánh",
        "T-HCM",
        TraineeCategory.SPOKESPERSON,
        "Chánh Văn phòng UBND",
        date(1976, 10, 5),
    ),
    (
        "lan.do@demo.lophoc.vn",
        "Đỗ",
        "Phương",
        "Lan",
        "BO-CT",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1994, 2, 14),
    ),
    (
        "long.trinh@demo.lophoc.vn",
        "Trịnh",
        "Hoàng",
        "Long",
        "BC-TTXVN",
        TraineeCategory.REPORTER,
        "Phóng viên",
        date(1989, 5, 5),
    ),
    (
        "mai.phan@demo.lophoc.vn",
        "Phan",
        "Thị Tuyết",
        "Mai",
        "S-HNI-NV",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1991, 9, 19),
    ),
    (
        "nam.cao@demo.lophoc.vn",
        "Cao",
        "Văn",
        "Nam",
        "T-DLK",
        TraineeCategory.SPOKESPERSON,
        "Phó Chánh Văn phòng",
        date(1980, 1, 2),
    ),
    (
        "ngoc.ha@demo.lophoc.vn",
        "Hà",
        "Bảo",
        "Ngọc",
        "BC-VTV",
        TraineeCategory.REPORTER,
        "Biên tập viên",
        date(1996, 4, 4),
    ),
    (
        "phuong.luong@demo.lophoc.vn",
        "Lương",
        "Thị",
        "Phượng",
        "X-HNI-SOCSON",
        TraineeCategory.GRASSROOTS,
        "Công chức văn hóa - xã hội",
        date(1993, 3, 3),
    ),
    (
        "quang.mai@demo.lophoc.vn",
        "Mai",
        "Xuân",
        "Quang",
        "BO-NNMT",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên chính",
        date(1984, 7, 27),
    ),
    (
        "son.ta@demo.lophoc.vn",
        "Tạ",
        "Hồng",
        "Sơn",
        "T-NAN",
        TraineeCategory.SPOKESPERSON,
        "Chánh Văn phòng UBND",
        date(1977, 11, 11),
    ),
    (
        "thao.kieu@demo.lophoc.vn",
        "Kiều",
        "Phương",
        "Thảo",
        "S-QNH-TP",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1995, 1, 21),
    ),
    (
        "trang.duong@demo.lophoc.vn",
        "Dương",
        "Thu",
        "Trang",
        "X-QNH-HALONG",
        TraineeCategory.GRASSROOTS,
        "Công chức văn hóa - xã hội",
        date(1997, 10, 10),
    ),
    (
        "tuan.vo@demo.lophoc.vn",
        "Võ",
        "Anh",
        "Tuấn",
        "BO-XD",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1990, 12, 1),
    ),
    (
        "uyen.chu@demo.lophoc.vn",
        "Chu",
        "Tố",
        "Uyên",
        "BO-NV",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1992, 2, 29),
    ),
    (
        "uu.la@demo.lophoc.vn",
        "La",
        "Văn",
        "Ư",
        "X-HNI-BAVI",
        TraineeCategory.GRASSROOTS,
        "Công chức văn hóa - xã hội",
        date(1986, 6, 6),
    ),
    (
        "viet.nguyen@demo.lophoc.vn",
        "Nguyễn",
        "Hoàng",
        "Việt",
        "T-LCI",
        TraineeCategory.SPOKESPERSON,
        "Phó Chánh Văn phòng UBND",
        date(1982, 8, 18),
    ),
    (
        "yen.tong@demo.lophoc.vn",
        "Tống",
        "Hải",
        "Yến",
        "BO-CA",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Cán bộ",
        date(1994, 9, 9),
    ),
    (
        "nhung.nguyen@demo.lophoc.vn",
        "Nguyễn",
        "Thị",
        "Nhung",
        "T-CTO",
        TraineeCategory.COMMUNICATION_OFFICER,
        "Chuyên viên",
        date(1988, 4, 30),
    ),
]


def seed_organisations() -> None:
    with (DATA_DIR / "organisations.csv").open("rb") as handle:
        report = import_organisations(handle, "organisations.csv")
    if report.errors:  # pragma: no cover - the shipped file is tested
        raise RuntimeError(f"Demo organisations have errors: {[(r.line, r.errors) for r in report.errors]}")


def _ensure_user(email: str, **fields) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=DEMO_PASSWORD, **fields)
        from allauth.account.models import EmailAddress

        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    return user


def seed_people() -> list[tuple[str, str]]:
    """Demo accounts, one per role and a group of trainees; returns (role, e-mail) to print."""
    organisations = {organisation.code: organisation for organisation in Organisation.objects.all()}
    accounts: list[tuple[str, str]] = []
    for email, family, middle, given, role, org_code, category, position, born in STAFF:
        user = _ensure_user(
            email,
            family_name=family,
            middle_name=middle,
            given_name=given,
            organisation=organisations.get(org_code),
            trainee_category=category,
            position=position,
            date_of_birth=born,
            is_superuser=role is None,
            is_staff=role is None,
        )
        if role:
            add_user_to_role(user, role=role)
        accounts.append((str(settings.ROLE_LABELS.get(role, "Superuser")) if role else "Superuser", email))
    for email, family, middle, given, org_code, category, position, born in TRAINEES:
        user = _ensure_user(
            email,
            family_name=family,
            middle_name=middle,
            given_name=given,
            organisation=organisations.get(org_code),
            trainee_category=category,
            position=position,
            date_of_birth=born,
            phone="0912 345 678",
        )
        add_user_to_role(user, role=settings.ROLE_TRAINEES)
    accounts.append((str(settings.ROLE_LABELS[settings.ROLE_TRAINEES]), TRAINEES[0][0]))
    return accounts
