"""The access matrix: every URL of the project × every role of issue 17 → the status they get.

`LOGIN` is a redirect to a sign-in page (allauth's or the admin's); any other redirect is written 302.
A row names the URL (its namespaced name, or its route when it has none), how to fill its arguments from
the dataset (tests/access/world.py), the method, and the status per role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.access.world import ROLES

LOGIN = "login"
DENIED = "denied"
TRAINEES = ("trainee", "other_trainee", "focal", "other_focal")
STAFF = ("trainer", "other_trainer", "editor", "manager", "superuser")


def expect(default, **overrides) -> dict:
    unknown = set(overrides) - set(ROLES)
    assert not unknown, unknown
    return {role: overrides.get(role, default) for role in ROLES}


@dataclass(frozen=True)
class Row:
    expected: dict
    args: Callable = field(default=lambda w: {})
    method: str = "get"
    data: Callable | None = None
    query: dict | None = None
    json: bool = False


PUBLIC = expect(200)
SIGNED_IN = expect(200, anonymous=LOGIN)
# Wagtail admin screens: trainees and focal points have no admin access (a redirect to the admin's sign-in),
# staff without the permission get Wagtail's "no permission" redirect (DENIED).
MANAGERS = expect(LOGIN, trainer=DENIED, other_trainer=DENIED, editor=DENIED, manager=200, superuser=200)
SUPERUSERS = expect(LOGIN, trainer=DENIED, other_trainer=DENIED, editor=DENIED, manager=DENIED, superuser=200)
# A session's screens: its trainer and managers; a trainer of another session and an editor get "not found".
OWN_SESSION = expect(LOGIN, trainer=200, other_trainer=404, editor=404, manager=200, superuser=200)
OWN_SESSION_403 = expect(LOGIN, trainer=200, other_trainer=403, editor=403, manager=200, superuser=200)
# A session's screens that change it (a POST that redirects when done).
OWN_SESSION_POST = expect(LOGIN, trainer=302, other_trainer=404, editor=404, manager=302, superuser=302)
# Session screens of trainers and managers only: an editor has no permission on sessions.
TRAINERS = expect(LOGIN, trainer=200, other_trainer=200, editor=DENIED, manager=200, superuser=200)
OWN_SESSION_TRAINERS = expect(
    LOGIN, trainer=200, other_trainer=404, editor=DENIED, manager=200, superuser=200
)
# Screens of the editors (the handbook, the site history) and of managers.
EDITORS = expect(LOGIN, trainer=DENIED, other_trainer=DENIED, editor=200, manager=200, superuser=200)
# A focal point's changes to their own unit's invitation (a POST that redirects when done).
FOCAL_POINT_POST = expect(404, anonymous=LOGIN, focal=302)
# Lists every staff member opens, showing only what each may see (see test_access_privacy.py).
STAFF_LIST = expect(LOGIN, trainer=200, other_trainer=200, editor=200, manager=200, superuser=200)


def pk(name):
    return lambda w: {"pk": getattr(w, name).pk}


def session_pk(w):
    return {"pk": w.session.pk}


OBJECT_SCREENS = ("edit", "delete", "history", "history_results", "usage", "copy")


def trainee_as_person(w):
    """The form of a focal point naming a person: the trainee."""
    return {"person": w.users["trainee"].pk}


def no_args(w):
    return {}


def viewset_rows(
    viewset: str, expected: dict, args: Callable, *, inspect: bool = False, **screens: dict
) -> dict:
    """The rows of the URLs a Wagtail ModelViewSet registers: its list and add screens, then the screens of one
    object (their arguments filled by `args`), each expecting `expected` unless `screens` names it."""
    fills = {"index": no_args, "index_results": no_args, "add": no_args}
    fills |= dict.fromkeys([*OBJECT_SCREENS, "inspect"] if inspect else OBJECT_SCREENS, args)
    unknown = set(screens) - set(fills)
    assert not unknown, unknown
    return {f"{viewset}:{name}": Row(screens.get(name, expected), fill) for name, fill in fills.items()}


ROWS: dict[str, Row] = {
    # Public site.
    "cms_site:search": Row(PUBLIC, query={"q": "truyền thông"}),
    "cms_site:favicon": Row(expect(301)),
    "courses:session_detail": Row(PUBLIC, session_pk),
    "courses:session_calendar": Row(PUBLIC, session_pk),
    "certificates:lookup": Row(PUBLIC),
    "certificates:check_file": Row(expect(302)),
    "certificates:verify": Row(PUBLIC, lambda w: {"code": w.certificate.code}),
    "quizzes:quiz_detail": Row(PUBLIC, pk("quiz")),
    "attendance:check_in_short": Row(SIGNED_IN),
    # Trainee area.
    "people:profile": Row(SIGNED_IN),
    "people:api_tokens": Row(SIGNED_IN),
    "courses:my_learning": Row(SIGNED_IN),
    "courses:session_enrol": Row(
        expect(302, anonymous=LOGIN), lambda w: {"pk": w.other_session.pk}, method="post"
    ),
    "courses:session_cancel": Row(expect(404, anonymous=LOGIN, trainee=200, other_trainee=200), session_pk),
    "courses:lesson_done": Row(
        expect(302, anonymous=LOGIN), lambda w: {"page_id": w.lesson.pk}, method="post"
    ),
    "attendance:check_in": Row(expect(400), lambda w: {"day_id": w.day.pk, "code": "KHONG-HOP-LE"}),
    "quizzes:quiz_start": Row(expect(302, anonymous=LOGIN), pk("quiz"), method="post"),
    "quizzes:attempt": Row(expect(404, anonymous=LOGIN, trainee=302), pk("attempt")),
    "quizzes:attempt_submit": Row(expect(404, anonymous=LOGIN, trainee=302), pk("attempt"), method="post"),
    "quizzes:attempt_review": Row(expect(404, anonymous=LOGIN, trainee=200), pk("attempt")),
    "certificates:download": Row(expect(404, anonymous=LOGIN, trainee=200), pk("certificate")),
    "reports:my_training_record": Row(SIGNED_IN),
    "reports:my_training_record_pdf": Row(SIGNED_IN),
    # Focal-point area.
    "nominations:home": Row(expect(403, anonymous=LOGIN, focal=200, other_focal=200)),
    "nominations:invitation": Row(expect(404, anonymous=LOGIN, focal=200), pk("invitation")),
    "nominations:letter": Row(expect(404, anonymous=LOGIN, focal=200), pk("invitation")),
    "nominations:decline": Row(FOCAL_POINT_POST, pk("invitation"), method="post"),
    "nominations:nominate": Row(FOCAL_POINT_POST, pk("invitation"), method="post", data=trainee_as_person),
    "nominations:nominate_new": Row(expect(404, anonymous=LOGIN, focal=400), pk("invitation"), method="post"),
    "nominations:withdraw": Row(FOCAL_POINT_POST, pk("nomination"), method="post"),
    "nominations:replace": Row(FOCAL_POINT_POST, pk("nomination"), method="post", data=trainee_as_person),
    # Admin: our own views.
    "admin_login": Row(expect(LOGIN)),
    "admin/reports/site-history/": Row(EDITORS),
    "admin/reports/site-history/results/": Row(EDITORS),
    "people_organisation_import": Row(MANAGERS),
    "people_spokesperson_import": Row(MANAGERS),
    "people_unlisted_work_units": Row(MANAGERS),
    "handbook_editions": Row(EDITORS),
    "handbook_rebuild_edition": Row(
        expect(LOGIN, trainer=DENIED, other_trainer=DENIED, editor=302, manager=302, superuser=302),
        lambda w: {"book_id": w.book.pk},
        method="post",
    ),
    "courses_session_enrolments": Row(OWN_SESSION, session_pk),
    "courses_session_import": Row(OWN_SESSION, session_pk),
    "courses_bulk_job": Row(OWN_SESSION, pk("bulk_job")),
    "courses_enrolment_remove": Row(OWN_SESSION, pk("enrolment")),
    "courses_enrolment_move": Row(OWN_SESSION, pk("enrolment")),
    "courses_import_template": Row(STAFF_LIST),
    "attendance_sessions": Row(STAFF_LIST),
    "attendance_session": Row(OWN_SESSION_403, session_pk),
    "attendance_register_xlsx": Row(OWN_SESSION_403, session_pk),
    "attendance_roll_call": Row(OWN_SESSION_403, pk("day")),
    "attendance_mark": Row(
        OWN_SESSION_403,
        pk("day"),
        method="post",
        json=True,
        data=lambda w: {"enrolment": w.enrolment.pk, "status": "present"},
    ),
    "attendance_mark_all": Row(
        OWN_SESSION_403, pk("day"), method="post", data=lambda w: {"status": "present"}
    ),
    "attendance_check_in_screen": Row(OWN_SESSION_403, pk("day")),
    "attendance_check_in_code": Row(OWN_SESSION_403, pk("day")),
    "attendance_check_in_projector": Row(OWN_SESSION_403, pk("day")),
    "attendance_sign_in_sheet": Row(OWN_SESSION_403, pk("day")),
    "attendance_import": Row(OWN_SESSION_403, pk("day")),
    "nominations_sessions": Row(STAFF_LIST),
    "nominations_session": Row(OWN_SESSION, pk("nomination_session")),
    "nominations_session_letter": Row(OWN_SESSION, pk("nomination_session")),
    "nominations_invitation_letter": Row(OWN_SESSION, pk("invitation")),
    "nominations_invitation_quota": Row(OWN_SESSION_POST, pk("invitation"), method="post"),
    "nominations_session_release": Row(OWN_SESSION_POST, pk("nomination_session"), method="post"),
    "nominations_session_move_quota": Row(OWN_SESSION, pk("nomination_session"), method="post"),
    "nominations_focal_points": Row(
        expect(LOGIN, trainer=403, other_trainer=403, editor=403, manager=200, superuser=200)
    ),
    "nominations_focal_point_remove": Row(
        expect(LOGIN, trainer=403, other_trainer=403, editor=403, manager=302, superuser=302),
        pk("other_focal_point"),
        method="post",
    ),
    "certificates_sessions": Row(STAFF_LIST),
    "certificates_session": Row(OWN_SESSION, pk("finished")),
    "certificates_eligibility_xlsx": Row(OWN_SESSION, pk("finished")),
    "certificates_issue": Row(OWN_SESSION_POST, pk("finished"), method="post"),
    "certificates_job": Row(OWN_SESSION, pk("issuance_job")),
    "certificates_certificate": Row(OWN_SESSION, pk("certificate")),
    "certificates_revoke": Row(OWN_SESSION_POST, pk("certificate"), method="post"),
    "certificates_pdf": Row(OWN_SESSION, pk("certificate")),
    "reports_coverage": Row(MANAGERS),
    "reports_annual": Row(MANAGERS),
    "reports_training_records": Row(STAFF_LIST),
    "reports_training_record": Row(OWN_SESSION, lambda w: {"pk": w.users["trainee"].pk}),
    # Admin: Wagtail viewsets of our apps.
    **viewset_rows("organisations", MANAGERS, pk("unit"), inspect=True, delete=SUPERUSERS),
    **viewset_rows("administrative_levels", SUPERUSERS, pk("level"), index=MANAGERS, index_results=MANAGERS),
    **viewset_rows("spokespersons", MANAGERS, pk("spokesperson")),
    **viewset_rows(
        "sessions",
        OWN_SESSION,
        session_pk,
        inspect=True,
        index=TRAINERS,
        index_results=TRAINERS,
        add=MANAGERS,
        edit=OWN_SESSION_TRAINERS,
        delete=expect(LOGIN, trainer=DENIED, other_trainer=404, editor=404, manager=200, superuser=200),
        copy=MANAGERS,
    ),
    **viewset_rows("quiz_questions", STAFF_LIST, lambda w: {"pk": w.questions[0].pk}, inspect=True),
    "quiz_questions:import": Row(STAFF_LIST),
    "quiz_questions:export": Row(STAFF_LIST),
    **viewset_rows("quizzes_admin", STAFF_LIST, pk("quiz")),
    "quiz_results:index": Row(TRAINERS),
    "quiz_results:detail": Row(
        OWN_SESSION_TRAINERS,
        lambda w: {"session_pk": w.session.pk, "quiz_pk": w.quiz.pk},
    ),
    "quiz_results:export": Row(
        OWN_SESSION_TRAINERS,
        lambda w: {"session_pk": w.session.pk, "quiz_pk": w.quiz.pk},
    ),
    "quiz_results:trainee": Row(OWN_SESSION_TRAINERS, lambda w: {"enrolment_pk": w.enrolment.pk}),
    **viewset_rows("organisation_lists", TRAINERS, pk("organisation_list")),
    **viewset_rows("programme_years", MANAGERS, pk("programme_year"), delete=SUPERUSERS),
    "outbox:index": Row(MANAGERS),
    "outbox:index_results": Row(MANAGERS),
    "outbox:inspect": Row(MANAGERS, pk("outbox_message")),
    "outbox:resend": Row(
        expect(LOGIN, trainer=DENIED, other_trainer=DENIED, editor=DENIED, manager=302, superuser=302),
        pk("outbox_message"),
        method="post",
    ),
    "outbox:resend_failed": Row(
        expect(LOGIN, trainer=DENIED, other_trainer=DENIED, editor=DENIED, manager=302, superuser=302),
        method="post",
    ),
    "wagtailusers_groups:index": Row(SUPERUSERS),
    "wagtailusers_groups:index_results": Row(SUPERUSERS),
    # The JSON API.
    "api-v1:api-root": Row(expect(404)),
    "api-v1:openapi-json": Row(PUBLIC),
    "api-v1:openapi-view": Row(PUBLIC),
    "api-v1:list_sessions": Row(PUBLIC),
    "api-v1:enrol": Row(
        expect(201, anonymous=401), lambda w: {"session_id": w.other_session.pk}, method="post"
    ),
    "api-v1:cancel": Row(
        expect(404, anonymous=401, trainee=409, other_trainee=409),
        lambda w: {"session_id": w.session.pk},
        method="post",
    ),
    "api-v1:my_enrolments": Row(expect(200, anonymous=401)),
    "api-v1:me": Row(expect(200, anonymous=401)),
    "api-v1:quizzes_start": Row(
        expect(403, anonymous=401, trainee=201, other_trainee=201),
        lambda w: {"quiz_id": w.quiz.pk},
        method="post",
    ),
    "api-v1:quizzes_attempt": Row(
        expect(404, anonymous=401, trainee=200), lambda w: {"attempt_id": w.attempt.pk}
    ),
    "api-v1:quizzes_save_answer": Row(
        expect(404, anonymous=401, trainee=400),
        lambda w: {"attempt_id": w.attempt.pk},
        method="post",
        json=True,
        data=lambda w: {"question": w.questions[0].pk, "choices": [1]},
    ),
    "api-v1:quizzes_submit": Row(
        expect(404, anonymous=401, trainee=200), lambda w: {"attempt_id": w.attempt.pk}, method="post"
    ),
    "api-v1:verify_certificate": Row(PUBLIC, lambda w: {"code": w.certificate.code}),
}
