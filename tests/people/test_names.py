"""The official Vietnamese order of names, in Python and (on PostgreSQL) in the database."""

import unicodedata
from datetime import date

import pytest

from lms.people.models import User
from lms.people.selectors import users_in_official_order
from lms.text import fold, nfc, person_sort_key, sort_people, vietnamese_key
from tests.conftest import is_postgres
from tests.factories import UserFactory

# The order PostgreSQL's ICU collation vi-x-icu gives (STACK_NOTES.md), which code points get wrong.
ICU_ORDER = ["An", "Ánh", "Ăn", "Ân", "Bình", "Dương", "Đặng", "Uyên", "Ư"]


def test_vietnamese_letters_sort_in_dictionary_order():
    shuffled = ["Ư", "Đặng", "Ân", "An", "Uyên", "Ăn", "Bình", "Ánh", "Dương"]
    assert sorted(shuffled, key=vietnamese_key) == ICU_ORDER
    assert sorted(shuffled) != ICU_ORDER  # code-point order is wrong


def test_tones_come_after_letters_in_official_order():
    # none, huyền, hỏi, ngã, sắc, nặng
    words = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vietnamese_key) == words
    # letters decide before tones: "mạch" (m-a-c-h) comes before "mai" (m-a-i)
    assert sorted(["mai", "mạch"], key=vietnamese_key) == ["mạch", "mai"]


def test_decomposed_input_sorts_like_composed():
    decomposed = unicodedata.normalize("NFD", "Đặng")
    assert vietnamese_key(decomposed) == vietnamese_key("Đặng")


@pytest.mark.django_db
def test_people_sort_by_given_then_family_then_middle_then_birth():
    people = [
        UserFactory.build(family_name="Trần", middle_name="Văn", given_name="Bình", date_of_birth=None),
        UserFactory.build(family_name="Nguyễn", middle_name="Thị", given_name="Bình", date_of_birth=None),
        UserFactory.build(
            family_name="Nguyễn", middle_name="Anh", given_name="Bình", date_of_birth=date(1990, 1, 1)
        ),
        UserFactory.build(
            family_name="Nguyễn", middle_name="Anh", given_name="Bình", date_of_birth=date(1985, 1, 1)
        ),
        UserFactory.build(family_name="Lê", middle_name="", given_name="Ánh", date_of_birth=None),
    ]
    ordered = sort_people(people)
    assert [(p.given_name, p.family_name, p.middle_name, p.date_of_birth) for p in ordered] == [
        ("Ánh", "Lê", "", None),
        ("Bình", "Nguyễn", "Anh", date(1985, 1, 1)),
        ("Bình", "Nguyễn", "Anh", date(1990, 1, 1)),
        ("Bình", "Nguyễn", "Thị", None),
        ("Bình", "Trần", "Văn", None),
    ]


def test_person_sort_key_puts_unknown_birth_date_last():
    known = person_sort_key(given_name="An", family_name="Lê", middle_name="", date_of_birth=date(2000, 1, 1))
    unknown = person_sort_key(given_name="An", family_name="Lê", middle_name="")
    assert known < unknown


def test_text_is_normalised_and_folded():
    assert nfc(unicodedata.normalize("NFD", "  Nguyễn   Thị ")) == "Nguyễn Thị"
    assert fold("Đăng ký người phát ngôn") == "dang ky nguoi phat ngon"


@pytest.mark.django_db
def test_names_are_stored_in_nfc():
    user = UserFactory(
        given_name=unicodedata.normalize("NFD", "Nhung"), family_name=unicodedata.normalize("NFD", "Nguyễn")
    )
    user.refresh_from_db()
    assert unicodedata.is_normalized("NFC", user.family_name)
    assert user.full_name == "Nguyễn Văn Nhung"


@pytest.mark.django_db
def test_database_order_matches_the_python_key():
    for index, given in enumerate(reversed(ICU_ORDER)):
        UserFactory(given_name=given, family_name="Lê", middle_name="", email=f"p{index}@example.vn")
    names = list(
        users_in_official_order(User.objects.filter(email__startswith="p")).values_list(
            "given_name", flat=True
        )
    )
    if is_postgres():
        assert names == ICU_ORDER
    # Whatever the database, the shared Python key gives the official order.
    assert [u.given_name for u in sort_people(User.objects.filter(email__startswith="p"))] == ICU_ORDER
