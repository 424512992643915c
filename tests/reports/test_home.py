"""The admin home by role: the trainer's day and sessions, the manager's overview; queries do not grow."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import EnrolmentStatus, SessionStatus
from lms.outbox.models import OutboxStatus
from tests.conftest import login
from tests.factories import OutboxMessageFactory, UserFactory
from tests.reports import builders
from tests.reports.conftest import A, P, add_days, attend

pytestmark = pytest.mark.django_db


def running_session(trainer, *, code_days=3, trainees=4):
    """A session in progress whose first day was two days ago and which runs today."""
    session = builders.session(
        builders.course(training=False), status=SessionStatus.IN_PROGRESS, attendance_threshold=80
    )
    session.trainers.add(trainer)
    session.save()  # a ParentalManyToManyField is written on save
    days = add_days(session, code_days, first=timezone.localdate() - dt.timedelta(days=2))
    enrolments = [builders.enrol(session, UserFactory()) for _ in range(trainees)]
    attend(enrolments[0], days, [P, P, P], by=trainer)
    for enrolment in enrolments[1:]:
        attend(enrolment, days, [P, A, P], by=trainer)  # 67%: below 80%
    builders.enrol(session, UserFactory(), status=EnrolmentStatus.PENDING)
    return session, days


def home(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_trainer_sees_today_with_roll_call_and_qr_links_pending_and_below_threshold(client, trainer):
    session, days = running_session(trainer)
    login(client, trainer)
    html = home(client)
    panel = html.split('id="lms-trainer-panel-section"')[1].split("</section>")[0]
    assert reverse("attendance_roll_call", args=[days[2].pk]) in panel
    assert reverse("attendance_check_in_screen", args=[days[2].pk]) in panel
    assert session.code in panel
    row = panel.split("<tbody>")[1].split(session.code)[1].split("</tr>")[0]
    assert f'{reverse("courses_session_enrolments", args=[session.pk])}">1</a>' in row
    assert f'{reverse("attendance_session", args=[session.pk])}">3</a>' in row
    assert 'id="lms-manager-panel-section"' not in html


def test_the_manager_sees_approvals_the_plan_coverage_and_failed_emails(client, manager, trainer):
    session, _days = running_session(trainer)
    OutboxMessageFactory(status=OutboxStatus.FAILED)
    login(client, manager)
    html = home(client)
    panel = html.split('id="lms-manager-panel-section"')[1].split("</section>")[0]
    assert "Đăng ký chờ duyệt: 1" in panel
    assert session.code in panel
    assert "1 thư điện tử gửi không thành công." in panel
    assert f"{timezone.localdate().year}: 0 lớp đã tổ chức / 3 lớp theo kế hoạch" in panel
    assert reverse("reports_coverage") in panel
    assert 'id="lms-trainer-panel-section"' not in html


def grow(trainer, times):
    for _ in range(times):
        running_session(trainer, trainees=3)
        OutboxMessageFactory(status=OutboxStatus.FAILED)


@pytest.mark.parametrize("persona", ["trainer", "manager"])
def test_the_home_query_count_does_not_grow_with_the_data(
    client, request, trainer, persona, django_assert_max_num_queries
):
    user = request.getfixturevalue(persona)
    grow(trainer, 1)
    login(client, user)
    home(client)  # warm caches (site settings, permissions)
    with django_assert_max_num_queries(200) as small:
        home(client)
    grow(trainer, 5)
    with django_assert_max_num_queries(len(small.captured_queries)):
        home(client)
