"""One dataset for the access tests: every role of issue 17 and one object behind every URL of the project.

Built once per module (see `world` in conftest.py) inside a transaction rolled back at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from certificates import services as certificate_services
from certificates.models import CertificateSettings, IssuanceJob
from cms_site.models import HomePage
from courses.attendance.codes import make_code
from courses.models import (
    BulkEnrolmentJob,
    CourseIndexPage,
    CoursePage,
    EnrolmentMode,
    LessonPage,
)
from courses.nominations import services as nomination_services
from courses.nominations.models import FocalPoint, LetterSettings, OrganisationList
from courses.quizzes.models import Choice, Question, Quiz
from lms.outbox.models import OutboxMessage
from lms.people.models import AdministrativeLevel
from lms.reports.models import ProgrammeYear
from tests.attendance.factories import days_of, enrol
from tests.certificates.conftest import attend_all, finished_session, record_attempt
from tests.conftest import site_settings
from tests.courses.conftest import make_session
from tests.factories import OrganisationFactory, SpokespersonFactory, UserFactory
from tests.handbook.factories import make_book

ROLES = (
    "anonymous",
    "trainee",
    "other_trainee",
    "trainer",
    "other_trainer",
    "focal",
    "other_focal",
    "editor",
    "manager",
    "superuser",
)


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    clients: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["objects"][name]
        except KeyError:
            raise AttributeError(name) from None


def _user(*roles: str, **fields):
    return UserFactory(roles=[getattr(settings, role) for role in roles], **fields)


def build() -> World:
    world = World()
    now = timezone.now()
    trainer = _user("ROLE_TRAINERS", given_name="Bảo")
    other_trainer = _user("ROLE_TRAINERS", given_name="Cường")
    manager = _user("ROLE_MANAGERS", given_name="Minh")
    unit = OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")
    other_unit = OrganisationFactory(name="Bộ Tư pháp")
    users = {
        "anonymous": None,
        "trainee": _user("ROLE_TRAINEES", given_name="Nhung", organisation=unit),
        "other_trainee": _user("ROLE_TRAINEES", given_name="Lan", organisation=other_unit),
        "trainer": trainer,
        "other_trainer": other_trainer,
        "focal": _user("ROLE_TRAINEES", given_name="Hà", organisation=unit),
        "other_focal": _user("ROLE_TRAINEES", given_name="Dũng", organisation=other_unit),
        "editor": _user("ROLE_EDITORS", given_name="Hương"),
        "manager": manager,
        "superuser": _user(is_superuser=True, is_staff=True, given_name="Viên"),
    }
    world.users = users
    trainee, other_trainee = users["trainee"], users["other_trainee"]
    FocalPoint.objects.create(organisation=unit, user=users["focal"])
    other_focal_point = FocalPoint.objects.create(organisation=other_unit, user=users["other_focal"])

    site_settings(
        CertificateSettings,
        parent_body="Bộ Văn hóa, Thể thao và Du lịch",
        issuing_body="Cục Báo chí",
        place="Hà Nội",
        signer_title="KT. Cục trưởng",
        signer_name="Trần Văn Minh",
    )
    site_settings(
        LetterSettings,
        parent_body="Bộ Văn hóa, Thể thao và Du lịch",
        issuing_body="Cục Báo chí",
        place="Hà Nội",
        signer_title="KT. Cục trưởng",
        signer_name="Trần Văn Minh",
    )

    home = HomePage.objects.get()
    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc-truy-cap")
    home.add_child(instance=index)
    course = CoursePage(title="Kỹ năng truyền thông chính sách", slug="khoa-truy-cap")
    index.add_child(instance=course)
    lesson = course.add_child(instance=LessonPage(title="Bài 1", slug="bai-1", estimated_minutes=10))

    # The session of `trainer`, in progress today: both trainees are confirmed in it.
    session = make_session(course, trainers=[trainer], start_in=0, days=2, status="in_progress")
    other_session = make_session(course, trainers=[other_trainer], start_in=20)
    enrolment = enrol(session, trainee)
    other_enrolment = enrol(session, other_trainee)
    day = days_of(session)[0]

    questions = []
    for number in range(3):
        question = Question.objects.create(course=course, kind="single", text=f"<p>Câu {number}?</p>")
        Choice.objects.create(question=question, text="Đúng", is_correct=True, sort_order=0)
        Choice.objects.create(question=question, text="Sai", is_correct=False, sort_order=1)
        questions.append(question)
    quiz = Quiz.objects.create(
        course=course, title="Kiểm tra cuối khóa", question_count=3, attempts_allowed=3, pass_mark=50
    )
    attempt = record_attempt(quiz, enrolment, score="100", number=1)
    other_attempt = record_attempt(quiz, other_enrolment, score="40", number=1)

    # A finished session of `trainer` in which each trainee earned a certificate.
    finished = finished_session(trainers=[trainer], days=2)
    finished_enrolments = [enrol(finished, trainee), enrol(finished, other_trainee)]
    attend_all(finished, finished_enrolments, by=manager)
    certificate = certificate_services.issue_certificate(
        finished_enrolments[0], acting_user=manager
    ).certificate
    other_certificate = certificate_services.issue_certificate(
        finished_enrolments[1], acting_user=manager
    ).certificate
    issuance_job = IssuanceJob.objects.create(session=finished, total=0)

    # A nomination-only session of `trainer`: both units invited; each focal point nominated a colleague.
    nomination_session = make_session(
        course, trainers=[trainer], enrolment_mode=EnrolmentMode.NOMINATION, capacity=10, start_in=30
    )
    invitations = nomination_services.invite_organisations(
        nomination_session,
        [unit, other_unit],
        quota=2,
        deadline=now + timedelta(days=5),
        acting_user=manager,
    )
    invitation = next(i for i in invitations if i.organisation_id == unit.pk)
    other_invitation = next(i for i in invitations if i.organisation_id == other_unit.pk)
    nominee = _user("ROLE_TRAINEES", given_name="Mai", organisation=unit)
    other_nominee = _user("ROLE_TRAINEES", given_name="Tâm", organisation=other_unit)
    nomination = nomination_services.nominate_person(invitation, nominee, acting_user=users["focal"])
    other_nomination = nomination_services.nominate_person(
        other_invitation, other_nominee, acting_user=users["other_focal"]
    )

    book = make_book(home, chapters=[1])
    world.objects.update(
        unit=unit,
        other_unit=other_unit,
        other_focal_point=other_focal_point,
        course=course,
        lesson=lesson,
        session=session,
        other_session=other_session,
        enrolment=enrolment,
        other_enrolment=other_enrolment,
        day=day,
        check_in_code=make_code(session_id=session.pk, day_id=day.pk, now=now),
        questions=questions,
        quiz=quiz,
        attempt=attempt,
        other_attempt=other_attempt,
        finished=finished,
        certificate=certificate,
        other_certificate=other_certificate,
        issuance_job=issuance_job,
        bulk_job=BulkEnrolmentJob.objects.create(session=session, filename="danh-sach.xlsx"),
        nomination_session=nomination_session,
        invitation=invitation,
        other_invitation=other_invitation,
        nomination=nomination,
        other_nomination=other_nomination,
        nominee=nominee,
        other_nominee=other_nominee,
        book=book,
        level=AdministrativeLevel.objects.order_by("pk").first(),
        spokesperson=SpokespersonFactory(organisation=unit),
        organisation_list=OrganisationList.objects.create(name="Miền Bắc", owner=manager),
        programme_year=ProgrammeYear.objects.create(year=2026),
        outbox_message=OutboxMessage.objects.create(
            key="access-matrix", kind="test", to=trainee.email, subject="Thư", body_text="Nội dung"
        ),
    )
    return world
