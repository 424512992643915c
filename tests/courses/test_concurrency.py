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
