"""Fixtures of the nominations tests: a course, a nomination-only session, invited organisations, focal points."""

from __future__ import annotations

import pytest

from cms_site.models import HomePage
from courses.models import CourseIndexPage
from tests.conftest import site_settings
from tests.courses.conftest import make_course


@pytest.fixture
def catalogue(db) -> CourseIndexPage:
    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    HomePage.objects.first().add_child(instance=index)
    return index


@pytest.fixture
def course(catalogue):
    return make_course(catalogue)


@pytest.fixture(autouse=True)
def _vietnamese(vietnamese):
    """Every test here runs in Vietnamese (tests/conftest.py's `vietnamese`)."""


def make_invitation(
    session, organisation, *, quota: int = 2, deadline_in_days: float = 3, replace_until=None
):
    from datetime import timedelta

    from django.utils import timezone

    from courses.nominations.models import Invitation

    now = timezone.now()
    return Invitation.objects.create(
        session=session,
        organisation=organisation,
        quota=quota,
        deadline=now + timedelta(days=deadline_in_days),
        replace_until=replace_until,
    )


# Someone of the unit without an account, as a focal point nominates them (the fields of the form).
NEWCOMER = {
    "family_name": "Hoàng",
    "middle_name": "Thị Thu",
    "given_name": "Hà",
    "email": "thu.ha@laocai.gov.vn",
    "position": "Chuyên viên",
    "trainee_category": "communication_officer",
}


def staff_of(organisation, n: int) -> list:
    from django.conf import settings

    from tests.factories import UserFactory

    return [UserFactory(organisation=organisation, roles=[settings.ROLE_TRAINEES]) for _ in range(n)]


@pytest.fixture
def nomination_session(course, trainer):
    from courses.models import EnrolmentMode
    from tests.courses.conftest import make_session

    return make_session(course, capacity=3, enrolment_mode=EnrolmentMode.NOMINATION, trainers=[trainer])


@pytest.fixture
def unit(db):
    from tests.factories import OrganisationFactory

    return OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")


@pytest.fixture
def other_unit(db):
    from tests.factories import OrganisationFactory

    return OrganisationFactory(name="Bộ Tư pháp")


@pytest.fixture
def focal(unit):
    from courses.nominations.models import FocalPoint

    [person] = staff_of(unit, 1)
    FocalPoint.objects.create(organisation=unit, user=person)
    return person


@pytest.fixture
def other_focal(other_unit):
    from courses.nominations.models import FocalPoint

    [person] = staff_of(other_unit, 1)
    FocalPoint.objects.create(organisation=other_unit, user=person)
    return person


@pytest.fixture
def invitation(nomination_session, unit):
    return make_invitation(nomination_session, unit, quota=2)


@pytest.fixture(scope="session")
def _demo_signing_dir(tmp_path_factory):
    from lms.pdf import make_demo_identity

    directory = tmp_path_factory.mktemp("nominations-signing")
    make_demo_identity(directory, common_name="Ban tổ chức (DEMO)", organisation="Thử nghiệm")
    return directory


@pytest.fixture(autouse=True)
def _letters_signed_with_a_demo_key(settings, _demo_signing_dir):
    """Invitation e-mails carry a signed letter: with no key configured, the demo key (as `seed_demo`)."""
    settings.CERTIFICATE_DEMO_KEY_DIR = _demo_signing_dir


LETTER_AUTHORITY = {
    "parent_body": "Bộ Văn hóa, Thể thao và Du lịch",
    "issuing_body": "Cục Báo chí",
    "place": "Hà Nội",
    "number_suffix": "GM-CBC",
    "signer_title": "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG",
    "signer_name": "Nguyễn Văn Thử",
}


@pytest.fixture
def letter_authority(db):
    """Who issues and signs the invitation letters (Settings → Invitation letters)."""
    from courses.nominations.models import LetterSettings

    return site_settings(LetterSettings, **LETTER_AUTHORITY)
