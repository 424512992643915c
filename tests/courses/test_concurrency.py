"""PostgreSQL: the session row lock closes the capacity race and the double-submit race."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from courses import services
from courses.models import Enrolment, EnrolmentStatus
from tests.conftest import requires_postgres
from tests.courses.conftest import make_course, make_session, make_trainees

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_at_once(targets) -> list:
    barrier = threading.Barrier(len(targets))
    errors: list = []

    def worker(target):
        try:
            barrier.wait()
            target()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connection.close()  # each thread has its own connection: give it back

    threads = [threading.Thread(target=worker, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


@pytest.fixture
def race_session(catalogue):
    return make_session(make_course(catalogue, lessons=0), capacity=10)


def test_fifty_five_people_at_once_fill_ten_seats_exactly(race_session):
    people = make_trainees(55)
    errors = run_at_once([lambda p=p: services.enrol_trainee(race_session, p, acting_user=p) for p in people])
    assert errors == []
    enrolments = Enrolment.objects.filter(session=race_session)
    assert enrolments.count() == 55
    assert enrolments.filter(status=EnrolmentStatus.CONFIRMED).count() == 10
    positions = sorted(
        enrolments.filter(status=EnrolmentStatus.WAITLISTED).values_list("waitlist_position", flat=True)
    )
    assert positions == list(range(1, 46))


def test_double_submit_makes_one_enrolment(race_session):
    [person] = make_trainees(1)
    results: list = []
    errors = run_at_once(
        [
            lambda: results.append(services.enrol_trainee(race_session, person, acting_user=person).pk)
            for _ in range(8)
        ]
    )
    assert errors == []
    assert len(set(results)) == 1
    assert Enrolment.objects.filter(session=race_session, user=person).count() == 1
    assert Enrolment.objects.get(pk=results[0]).events.count() == 1


def test_cancellations_and_enrolments_at_once_keep_the_waitlist_whole(race_session):
    first = make_trainees(15)
    enrolments = [services.enrol_trainee(race_session, p, acting_user=p) for p in first]
    newcomers = make_trainees(10)
    targets = [lambda e=e: services.cancel_enrolment(e, acting_user=e.user) for e in enrolments[:8]]
    targets += [lambda p=p: services.enrol_trainee(race_session, p, acting_user=p) for p in newcomers]
    assert run_at_once(targets) == []
    active = Enrolment.objects.filter(session=race_session).exclude(status="cancelled")
    assert active.filter(status="confirmed").count() == 10
    positions = sorted(active.filter(status="waitlisted").values_list("waitlist_position", flat=True))
    assert positions == list(range(1, len(positions) + 1))
    assert active.count() == 17


def _waitlist_is_whole(session) -> list[int]:
    positions = sorted(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.WAITLISTED).values_list(
            "waitlist_position", flat=True
        )
    )
    assert positions == list(range(1, len(positions) + 1))
    return positions


def test_bulk_import_while_trainees_enrol_themselves(race_session, manager):
    from courses.bulk import BulkPlan, PlannedRow, apply_bulk_enrolment
    from lms.imports.results import ImportReport

    imported = make_trainees(20)
    selves = make_trainees(20)
    plan = BulkPlan(
        report=ImportReport(rows=[]),
        rows=[PlannedRow(line=n, email=p.email, user_id=p.pk) for n, p in enumerate(imported, start=2)],
    )
    targets = [lambda: apply_bulk_enrolment(race_session, plan, acting_user=manager)]
    targets += [lambda p=p: services.enrol_trainee(race_session, p, acting_user=p) for p in selves]
    assert run_at_once(targets) == []
    enrolments = Enrolment.objects.filter(session=race_session)
    assert enrolments.count() == 40
    assert enrolments.filter(status=EnrolmentStatus.CONFIRMED).count() == 10
    assert len(_waitlist_is_whole(race_session)) == 30
    assert enrolments.filter(source="bulk_import").count() == 20


def test_moves_in_opposite_directions_neither_deadlock_nor_lose_count(catalogue, manager):
    course = make_course(catalogue, lessons=0)
    first, second = make_session(course, capacity=6), make_session(course, capacity=6)
    people = make_trainees(16)
    in_first = [services.enrol_trainee(first, p, acting_user=p) for p in people[:8]]
    in_second = [services.enrol_trainee(second, p, acting_user=p) for p in people[8:]]
    targets = []
    for forth, back in zip(in_first, in_second, strict=True):
        targets.append(lambda e=forth: services.move_enrolment(e, to_session=second, acting_user=manager))
        targets.append(lambda e=back: services.move_enrolment(e, to_session=first, acting_user=manager))
    assert run_at_once(targets) == []
    for session in (first, second):
        active = Enrolment.objects.filter(session=session).exclude(status="cancelled")
        assert active.count() == 8
        assert active.filter(status=EnrolmentStatus.CONFIRMED).count() == 6
        assert len(_waitlist_is_whole(session)) == 2
    # Everyone is active exactly once, in the other session.
    active = Enrolment.objects.exclude(status="cancelled")
    assert sorted(active.values_list("user_id", flat=True)) == sorted(p.pk for p in people)


def test_capacity_lowered_while_people_enrol(race_session, manager):
    from courses import lifecycle
    from courses.errors import CapacityError

    early = make_trainees(6)
    for person in early:
        services.enrol_trainee(race_session, person, acting_user=person)
    late = make_trainees(20)
    targets = [lambda p=p: services.enrol_trainee(race_session, p, acting_user=p) for p in late]
    targets.insert(10, lambda: lifecycle.update_session(race_session, acting_user=manager, capacity=8))
    errors = run_at_once(targets)
    assert all(isinstance(error, CapacityError) for error in errors), errors
    race_session.refresh_from_db()
    confirmed = Enrolment.objects.filter(session=race_session, status=EnrolmentStatus.CONFIRMED).count()
    # Either the lower capacity went through before the seats filled, or it was refused: never more confirmed
    # people than seats, and the waitlist stays whole.
    assert race_session.capacity == (10 if errors else 8)
    assert confirmed == race_session.capacity
    assert len(_waitlist_is_whole(race_session)) == 26 - confirmed
