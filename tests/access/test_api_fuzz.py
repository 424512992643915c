"""The JSON API fuzzed from its own OpenAPI schema (issue 17): schemathesis against a live server, signed in
with an API token as a trainee and as a programme manager.

Every operation gets a bounded, derandomised run (EXAMPLES cases per role, half of them aimed at the real
objects of the dataset: the trainee's own and another trainee's sessions, quiz and attempts). Whatever the
input: no 5xx, the status code, content type and body are those the schema documents, and nothing the
trainee sends changes another trainee's enrolments, attempts or answers.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from courses.models import Enrolment
from courses.quizzes.models import AttemptAnswer, QuizAttempt
from lms.people.tokens import create_api_token
from tests.access import world as builder

EXAMPLES = 15
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def snapshot(user) -> dict:
    """What a person owns through the API: their enrolments, attempts and answers, as stored."""
    return {
        "enrolments": list(Enrolment.objects.filter(user=user).order_by("pk").values()),
        "attempts": list(QuizAttempt.objects.filter(user=user).order_by("pk").values()),
        "answers": list(AttemptAnswer.objects.filter(attempt__user=user).order_by("pk").values()),
    }


def real_parameters(world) -> list[dict]:
    """Path parameters naming the dataset's objects: the caller's own and the other trainee's."""
    return [
        {
            "session_id": world.session.pk,
            "quiz_id": world.quiz.pk,
            "attempt_id": world.attempt.pk,
            "code": world.certificate.code,
        },
        {
            "session_id": world.other_session.pk,
            "quiz_id": world.quiz.pk,
            "attempt_id": world.other_attempt.pk,
            "code": world.other_certificate.code,
        },
    ]


def fuzz(operation, *, base_url: str, token: str, parameters: list[dict]) -> None:
    names = {p.name for p in operation.path_parameters}
    aimed = [
        operation.as_strategy(path_parameters={k: v for k, v in values.items() if k in names})
        for values in parameters
    ]
    strategy = st.one_of(operation.as_strategy(), *aimed) if names else operation.as_strategy()

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    def run(case):
        case.call_and_validate(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)

    run()


@pytest.mark.django_db(transaction=True)
def test_api_follows_its_schema_for_a_trainee_and_a_manager(live_server, settings, demo_identity):
    settings.CERTIFICATE_SIGNING_KEY = demo_identity.key_path
    settings.CERTIFICATE_SIGNING_CERT = demo_identity.cert_path
    settings.CERTIFICATE_SIGNING_PKCS12 = ""
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    settings.CERTIFICATE_VERIFY_RATE = 10_000
    world = builder.build()
    other = world.users["other_trainee"]
    before = snapshot(other)

    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for role in ("trainee", "manager"):
        _token, key = create_api_token(world.users[role], name="schemathesis")
        for operation in operations:
            fuzz(operation, base_url=live_server.url, token=key, parameters=real_parameters(world))

    assert snapshot(other) == before
