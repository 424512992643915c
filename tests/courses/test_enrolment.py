"""Enrolment rules: window, audience, capacity and waitlist order, approval, cancel, remove, move, audit."""

from __future__ import annotations

import pytest

from courses import services
from courses.errors import (
    EnrolmentClosedError,
    InvalidTransitionError,
    NotAllowedError,
    NotEligibleError,
    SessionStartedError,
    SessionUnavailableError,
)
from courses.models import Enrolment, EnrolmentEvent, EnrolmentSource, EnrolmentStatus, SessionStatus
from lms.people.models import TraineeCategory
from tests.courses.conftest import make_session, make_trainees, waitlist

pytestmark = pytest.mark.django_db


def test_enrol_confirms_until_capacity_then_waitlists_in_order(course):
    session = make_session(course, capacity=2)
    people = make_trainees(4)
    results = [services.enrol_trainee(session, person, acting_user=person) for person in people]
    assert [e.status for e in results] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert waitlist(session) == [(people[2].pk, 1), (people[3].pk, 2)]


def test_enrolling_twice_returns_the_same_enrolment(session, trainee):
    first = services.enrol_trainee(session, trainee, acting_user=trainee)
    second = services.enrol_trainee(session, trainee, acting_user=trainee)
    assert first.pk == second.pk
    assert Enrolment.objects.filter(session=session, user=trainee).count() == 1
    assert EnrolmentEvent.objects.filter(enrolment=first).count() == 1


@pytest.mark.parametrize(
    ("opens", "closes", "status"),
    [(2, 5, SessionStatus.OPEN), (-5, -1, SessionStatus.OPEN), (-5, 5, SessionStatus.CLOSED)],
)
def test_self_enrolment_only_inside_the_window(course, trainee, opens, closes, status):
    session = make_session(course, opens_in_days=opens, closes_in_days=closes, status=status)
    with pytest.raises(EnrolmentClosedError) as excinfo:
        services.enrol_trainee(session, trainee, acting_user=trainee)
    assert excinfo.value.message
    assert not Enrolment.objects.exists()


def test_draft_and_cancelled_sessions_take_no_enrolment(course, trainee):
    for status in (SessionStatus.DRAFT, SessionStatus.CANCELLED):
        with pytest.raises(SessionUnavailableError):
            services.enrol_trainee(make_session(course, status=status), trainee, acting_user=trainee)


def test_no_self_enrolment_once_started(course, trainee):
    session = make_session(course, start_in=0)
    with pytest.raises(SessionStartedError):
        services.enrol_trainee(session, trainee, acting_user=trainee)


def test_audience_restricts_self_enrolment_and_managers_override(course, trainee, manager):
    session = make_session(course, audience=[TraineeCategory.SPOKESPERSON])
    with pytest.raises(NotEligibleError) as excinfo:
        services.enrol_trainee(session, trainee, acting_user=trainee)
    assert "Người phát ngôn" in excinfo.value.message  # Vietnamese message by default
    enrolment = services.enrol_trainee(session, trainee, acting_user=manager)
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    assert enrolment.source == EnrolmentSource.STAFF
    # A manager enrolling themselves outside the window is an override too.
    closed = make_session(course, opens_in_days=-10, closes_in_days=-1)
    assert services.enrol_trainee(closed, manager, acting_user=manager).status == EnrolmentStatus.CONFIRMED


def test_trainee_cannot_enrol_someone_else(session, trainee):
    other = make_trainees(1)[0]
    with pytest.raises(NotAllowedError):
        services.enrol_trainee(session, other, acting_user=trainee)


def test_cancel_promotes_the_head_of_the_waitlist_and_closes_gaps(course):
    session = make_session(course, capacity=2)
    a, b, c, d, e = make_trainees(5)
    enrolments = {p.pk: services.enrol_trainee(session, p, acting_user=p) for p in (a, b, c, d, e)}
    # A waitlisted person leaves: the positions behind close up.
    services.cancel_enrolment(enrolments[d.pk], acting_user=d)
    assert waitlist(session) == [(c.pk, 1), (e.pk, 2)]
    # A confirmed person leaves: the head of the waitlist takes the seat.
    services.cancel_enrolment(enrolments[a.pk], acting_user=a)
    enrolments[c.pk].refresh_from_db()
    assert enrolments[c.pk].status == EnrolmentStatus.CONFIRMED
    assert enrolments[c.pk].waitlist_position is None
    assert waitlist(session) == [(e.pk, 1)]
    promoted = EnrolmentEvent.objects.get(enrolment=enrolments[c.pk], action="courses.enrolment.promoted")
    assert (promoted.from_status, promoted.to_status, promoted.actor) == ("waitlisted", "confirmed", a)
    assert Enrolment.objects.filter(session=session, status="confirmed").count() == 2


def test_cancel_is_refused_once_the_session_has_started_but_staff_can_remove(course, trainee, trainer):
    session = make_session(course, start_in=-1, opens_in_days=-20, closes_in_days=-3, trainers=[trainer])
    enrolment = services.enrol_trainee(session, trainee, acting_user=trainer)
    with pytest.raises(SessionStartedError):
        services.cancel_enrolment(enrolment, acting_user=trainee)
    removed = services.remove_enrolment(enrolment, acting_user=trainer, note="Không tham dự")
    assert removed.status == EnrolmentStatus.CANCELLED
    event = removed.events.last()
    assert (event.action, event.actor, event.note) == ("courses.enrolment.removed", trainer, "Không tham dự")


def test_cancelled_trainee_can_enrol_again_and_goes_to_the_back(course):
    session = make_session(course, capacity=1)
    a, b = make_trainees(2)
    first = services.enrol_trainee(session, a, acting_user=a)
    services.cancel_enrolment(first, acting_user=a)
    services.enrol_trainee(session, b, acting_user=b)
    again = services.enrol_trainee(session, a, acting_user=a)
    assert again.pk == first.pk
    assert (again.status, again.waitlist_position) == ("waitlisted", 1)


def test_approval_mode_keeps_requests_pending_until_confirmed_within_capacity(course, trainer):
    session = make_session(course, capacity=2, requires_approval=True, trainers=[trainer])
    people = make_trainees(3)
    pending = [services.enrol_trainee(session, p, acting_user=p) for p in people]
    assert {e.status for e in pending} == {"pending"}
    done, errors = services.confirm_enrolments(session, [e.pk for e in pending], acting_user=trainer)
    assert (done, errors) == (3, [])
    statuses = [Enrolment.objects.get(pk=e.pk).status for e in pending]
    assert statuses == ["confirmed", "confirmed", "waitlisted"]  # oldest requests first, capacity respected
    assert waitlist(session) == [(people[2].pk, 1)]


def test_reject_pending_and_waitlisted_but_not_confirmed(course, trainer):
    session = make_session(course, capacity=1, requires_approval=True, trainers=[trainer])
    a, b, c = make_trainees(3)
    ea, eb, ec = (services.enrol_trainee(session, p, acting_user=p) for p in (a, b, c))
    services.confirm_enrolments(session, [ea.pk, eb.pk], acting_user=trainer)
    done, errors = services.reject_enrolments(
        session, [ea.pk, eb.pk, ec.pk], acting_user=trainer, note="Hết chỗ"
    )
    assert done == 2 and len(errors) == 1  # the confirmed one is refused
    assert Enrolment.objects.get(pk=ea.pk).status == "confirmed"
    assert Enrolment.objects.get(pk=eb.pk).status == "rejected"
    assert Enrolment.objects.get(pk=ec.pk).status == "rejected"
    with pytest.raises(NotEligibleError):
        services.enrol_trainee(session, c, acting_user=c)


def test_other_trainer_cannot_confirm(course, trainer):
    from django.conf import settings

    from tests.factories import UserFactory

    other_trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    session = make_session(course, requires_approval=True, trainers=[trainer])
    person = make_trainees(1)[0]
    enrolment = services.enrol_trainee(session, person, acting_user=person)
    with pytest.raises(NotAllowedError):
        services.confirm_enrolment(enrolment, acting_user=other_trainer)
    with pytest.raises(InvalidTransitionError):
        services.confirm_enrolment(
            services.reject_enrolment(enrolment, acting_user=trainer), acting_user=trainer
        )


def test_move_frees_the_seat_and_follows_capacity_in_the_target(course, manager):
    source = make_session(course, capacity=1)
    target = make_session(course, capacity=1)
    a, b, c = make_trainees(3)
    ea = services.enrol_trainee(source, a, acting_user=a)
    services.enrol_trainee(source, b, acting_user=b)  # waitlisted in the source
    services.enrol_trainee(target, c, acting_user=c)  # fills the target
    moved = services.move_enrolment(ea, to_session=target, acting_user=manager)
    assert (moved.session_id, moved.status, moved.waitlist_position) == (target.pk, "waitlisted", 1)
    assert Enrolment.objects.get(session=source, user=b).status == "confirmed"
    assert Enrolment.objects.get(pk=ea.pk).status == "cancelled"
    with pytest.raises(InvalidTransitionError):
        services.move_enrolment(moved, to_session=target, acting_user=manager)


def test_raising_capacity_promotes_from_the_waitlist(course, manager):
    session = make_session(course, capacity=1)
    a, b = make_trainees(2)
    services.enrol_trainee(session, a, acting_user=a)
    eb = services.enrol_trainee(session, b, acting_user=b)
    session.capacity = 2
    session.save()
    services.promote_waitlisted(session, acting_user=manager)
    eb.refresh_from_db()
    assert eb.status == "confirmed"


def test_every_change_is_recorded(course, trainer):
    session = make_session(course, capacity=1, trainers=[trainer])
    a, b = make_trainees(2)
    ea = services.enrol_trainee(session, a, acting_user=a)
    services.enrol_trainee(session, b, acting_user=b)
    services.cancel_enrolment(ea, acting_user=a)
    rows = list(EnrolmentEvent.objects.order_by("pk").values_list("action", "from_status", "to_status"))
    assert rows == [
        ("courses.enrolment.created", "", "confirmed"),
        ("courses.enrolment.created", "", "waitlisted"),
        ("courses.enrolment.cancelled", "confirmed", "cancelled"),
        ("courses.enrolment.promoted", "waitlisted", "confirmed"),
    ]


def test_lesson_progress_is_recorded_once(course, trainee):
    from courses.models import LessonPage, LessonProgress

    lesson = LessonPage.objects.child_of(course).first()
    first = services.mark_lesson_done(lesson, user=trainee)
    second = services.mark_lesson_done(lesson, user=trainee)
    assert first.pk == second.pk and first.completed_at == second.completed_at
    assert LessonProgress.objects.count() == 1


def test_free_text_is_stored_in_nfc(course, trainee, manager):
    import unicodedata

    from courses import services

    decomposed = unicodedata.normalize("NFD", "Người phát ngôn\nmang theo giấy mời")
    session = make_session(course)
    session.description = decomposed
    session.save()
    session.refresh_from_db()
    assert session.description == unicodedata.normalize("NFC", decomposed)
    enrolment = services.enrol_trainee(
        session, trainee, acting_user=manager, note=unicodedata.normalize("NFD", "Đăng ký hộ")
    )
    event = enrolment.events.order_by("-pk").first()
    assert unicodedata.is_normalized("NFC", event.note)
