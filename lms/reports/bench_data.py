"""Bench data at the programme's scale, generated in PostgreSQL (never shipped, never for a real database).

100,000 users in 3,000 organisations, 2,000 sessions of 2023-2026 with 5 days each, 200,000 enrolments,
1,000,000 attendance records, about 110,000 certificates, 100,000 quiz attempts and 2,500 spokespersons,
written with `INSERT ... SELECT generate_series` so it takes seconds, not hours. This bypasses the services
on purpose: it is load for timing the read-only reports, not data anyone reads. Every bench row is marked
(e-mails end in @bench.invalid, codes start with BENCH) so a second run refuses instead of doubling it.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection, transaction
from django.db.models import Field, Model
from django.utils import timezone
from psycopg import sql as pgsql

from certificates.models import Certificate
from cms_site.models import HomePage
from courses.attendance.models import AttendanceRecord
from courses.models import CoursePage, Enrolment, SessionDay, TrainingSession
from courses.quizzes.models import Quiz, QuizAttempt
from lms.people.models import AdministrativeLevel, Organisation, Spokesperson, User
from lms.text import fold

USERS = 100_000
ORGANISATIONS = 3_000
SESSIONS = 2_000
DAYS_PER_SESSION = 5
PER_SESSION = 100  # 2,000 sessions x 100 = 200,000 enrolments; x 5 days = 1,000,000 attendance records
YEARS = (2023, 2024, 2025, 2026)
SPOKESPERSONS = 2_500
MARK = "@bench.invalid"


class BenchDataError(Exception):
    pass


def _literal(value: object) -> str:
    """A value as an SQL literal (the bench's statements carry no parameters, so `%` is plain modulo)."""
    connection.ensure_connection()
    return pgsql.Literal(value).as_string(connection.connection)


def _default_sql(field: Field, now: dt.datetime) -> str:
    """The value a column gets when the bench does not say: the field's default, now, NULL or empty text."""
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return _literal(now)
    if field.has_default():
        return _literal(field.get_db_prep_save(field.get_default(), connection))
    if field.null:
        return "NULL"
    if field.get_internal_type() in {"CharField", "TextField", "EmailField", "URLField", "FileField"}:
        return "''"
    raise BenchDataError(f"{field.model.__name__}.{field.name}: no value and no default")


def insert_select(model: type[Model], columns: dict[str, str], source: str) -> int:
    """INSERT INTO model's table the given column expressions over `source` (a FROM clause); every other
    column takes its default. Returns the number of rows written."""
    now = timezone.now()
    names, expressions = [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        names.append(connection.ops.quote_name(field.column))
        expressions.append(columns[field.column] if field.column in columns else _default_sql(field, now))
    # Built from this module's constants and model metadata only: no outside input reaches it.
    sql = f"INSERT INTO {model._meta.db_table} ({', '.join(names)}) SELECT {', '.join(expressions)} FROM {source}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.rowcount


def _organisations() -> list[int]:
    levels = {level.code: level for level in AdministrativeLevel.objects.all()}
    units = []

    def unit(name: str, code: str, level: str, parent: Organisation | None = None) -> Organisation:
        item = Organisation(name=name, name_folded=fold(name), code=code, level=levels[level], parent=parent)
        units.append(item)
        return item

    provinces = [unit(f"Tỉnh Thử nghiệm {n}", f"BENCH-T{n}", "province") for n in range(34)]
    Organisation.objects.bulk_create(units)
    units.clear()
    for n in range(66):
        unit(f"Bộ Thử nghiệm {n}", f"BENCH-B{n}", "central")
    for n in range(900):
        unit(f"Sở Thử nghiệm {n}", f"BENCH-S{n}", "department", provinces[n % 34])
    for n in range(ORGANISATIONS - 34 - 66 - 900):
        unit(f"Xã Thử nghiệm {n}", f"BENCH-X{n}", "commune", provinces[n % 34])
    Organisation.objects.bulk_create(units)
    return list(
        Organisation.objects.filter(code__startswith="BENCH-").order_by("pk").values_list("pk", flat=True)
    )


def _course() -> tuple[CoursePage, Quiz]:
    course = CoursePage.objects.filter(slug="bench-khoa-hoc").first()
    if course is None:
        course = CoursePage(title="Khóa học thử tải", slug="bench-khoa-hoc", is_spokesperson_training=True)
        HomePage.objects.first().add_child(instance=course)
    quiz = Quiz.objects.filter(course=course).first() or Quiz.objects.create(
        course=course, title="Bài kiểm tra thử tải", pass_mark=70
    )
    return course, quiz


def _ranked(table: str, where: str) -> str:
    """A derived table of (id, rn) numbering the bench rows of a table from 0."""
    return f"(SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM {table} WHERE {where})"  # noqa: S608


def generate() -> dict[str, int]:
    """Write the bench data (PostgreSQL only); returns the row counts written per table."""
    if connection.vendor != "postgresql":
        raise BenchDataError("the bench data is generated with PostgreSQL's generate_series: use PostgreSQL")
    if User.objects.filter(email__endswith=MARK).exists():
        raise BenchDataError("bench data is already there")
    counts: dict[str, int] = {}
    with transaction.atomic():
        organisations = _organisations()
        counts["organisations"] = len(organisations)
        units = "ARRAY[" + ",".join(str(pk) for pk in organisations) + "]"
        course, quiz = _course()
        counts["users"] = insert_select(
            User,
            {
                "password": "'!'",
                "email": f"'bench' || i || '{MARK}'",
                "family_name": "(ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi'])[1 + i % 8]",
                "middle_name": "(ARRAY['Văn','Thị','Hồng','Minh',''])[1 + (i / 8) % 5]",
                "given_name": "(ARRAY['An','Bình','Cường','Dũng','Hà','Lan','Nhung','Sơn','Tâm','Yến'])"
                "[1 + (i / 40) % 10]",
                "organisation_id": f"({units})[1 + i % {len(organisations)}]",
                "trainee_category": "(ARRAY['spokesperson','communication_officer','reporter',"
                "'grassroots_officer','other'])[1 + i % 5]",
            },
            f"generate_series(0, {USERS - 1}) AS i",
        )
        counts["sessions"] = insert_select(
            TrainingSession,
            {
                "course_id": str(course.pk),
                "code": "'BENCH-' || i || '/' || (2023 + i % 4)",
                "title": "'Lớp thử tải ' || i",
                "year": "2023 + i % 4",
                "capacity": str(PER_SESSION),
                "status": "CASE WHEN i % 50 = 0 THEN 'cancelled' WHEN i % 4 = 3 AND i % 3 = 0 THEN 'open' "
                "ELSE 'completed' END",
            },
            f"generate_series(0, {SESSIONS - 1}) AS i",
        )
        sessions = _ranked(TrainingSession._meta.db_table, "code LIKE 'BENCH-%'")
        counts["days"] = insert_select(
            SessionDay,
            {
                "session_id": "s.id",
                "date": "make_date(2023 + s.rn::int % 4, 1 + (s.rn::int / 4) % 12, 1 + (s.rn::int / 48) % 20) + d",
                "topic": "'Chuyên đề ' || (d + 1)",
            },
            f"{sessions} AS s CROSS JOIN generate_series(0, {DAYS_PER_SESSION - 1}) AS d",
        )
        users = _ranked(User._meta.db_table, f"email LIKE '%{MARK}'")
        counts["enrolments"] = insert_select(
            Enrolment,
            {
                "session_id": "s.id",
                "user_id": "u.id",
                "status": "CASE WHEN i % 20 = 0 THEN 'cancelled' WHEN i % 20 = 1 THEN 'pending' "
                "ELSE 'confirmed' END",
                "source": "'staff'",
                "confirmed_at": "now()",
            },
            f"generate_series(0, {SESSIONS * PER_SESSION - 1}) AS i "
            f"JOIN {sessions} AS s ON s.rn = i / {PER_SESSION} "
            f"JOIN {users} AS u ON u.rn = (i::bigint * 37) % {USERS}",
        )
        counts["attendance"] = insert_select(
            AttendanceRecord,
            {
                "enrolment_id": "e.id",
                "day_id": "d.id",
                "status": "CASE WHEN (e.id + d.id) % 25 < 20 THEN 'present' WHEN (e.id + d.id) % 25 < 22 "
                "THEN 'late' WHEN (e.id + d.id) % 25 < 23 THEN 'excused' ELSE 'absent' END",
                "method": "'roll_call'",
            },
            f"{Enrolment._meta.db_table} AS e JOIN {SessionDay._meta.db_table} AS d ON d.session_id = e.session_id "
            f"JOIN {TrainingSession._meta.db_table} AS s ON s.id = e.session_id AND s.code LIKE 'BENCH-%'",
        )
        counts["certificates"] = insert_select(
            Certificate,
            {
                "enrolment_id": "c.id",
                "year": "c.year",
                "sequence": "1000000 + row_number() OVER (PARTITION BY c.year ORDER BY c.id)",
                "number": "'BENCH-' || c.id || '/' || c.year",
                "code": "upper(substr(md5('bench' || c.id), 1, 16))",
                "issued_at": "make_timestamptz(c.year, 12, 1, 10, 0, 0)",
                "full_name": "'Học viên thử tải'",
                "organisation": "'Đơn vị thử tải'",
                "course_title": "'Khóa học thử tải'",
                "session_code": "c.code",
                "session_title": "c.title",
                "starts_on": "make_date(c.year, 1, 1)",
                "ends_on": "make_date(c.year, 1, 1)",
                "hours": "16",
                "revoked_at": "CASE WHEN c.id % 97 = 0 THEN make_timestamptz(c.year, 12, 15, 9, 0, 0) END",
                "revocation_reason": "CASE WHEN c.id % 97 = 0 THEN 'Thử tải' ELSE '' END",
            },
            f"(SELECT e.id, s.year, s.code, s.title FROM {Enrolment._meta.db_table} AS e "  # noqa: S608
            f"JOIN {TrainingSession._meta.db_table} AS s ON s.id = e.session_id "
            f"WHERE s.code LIKE 'BENCH-%' AND s.status = 'completed' AND e.status = 'confirmed' "
            f"AND e.id % 10 < 7) AS c",
        )
        counts["quiz_attempts"] = insert_select(
            QuizAttempt,
            {
                "quiz_id": str(quiz.pk),
                "user_id": "e.user_id",
                "session_id": "e.session_id",
                "number": "1",
                "submitted_at": "now()",
                "score": "50 + e.id % 50",
                "passed": "50 + e.id % 50 >= 70",
            },
            f"{Enrolment._meta.db_table} AS e JOIN {TrainingSession._meta.db_table} AS s "
            f"ON s.id = e.session_id AND s.code LIKE 'BENCH-%' WHERE e.id % 2 = 0",
        )
        counts["spokespersons"] = insert_select(
            Spokesperson,
            {
                "organisation_id": f"({units})[1 + (i * 7) % {len(organisations)}]",
                "user_id": "CASE WHEN i % 5 < 3 THEN u.id END",
                "family_name": "'Trần'",
                "given_name": "'Phát ngôn ' || i",
                "position": "'Người phát ngôn'",
                "appointed_on": "make_date(2024, 1, 1)",
                "ended_on": "CASE WHEN i % 11 = 0 THEN make_date(2025, 6, 30) END",
            },
            f"generate_series(0, {SPOKESPERSONS - 1}) AS i "
            f"JOIN {users} AS u ON u.rn = (i::bigint * 31) % {USERS}",
        )
    with connection.cursor() as cursor:
        # What autovacuum does to a real database after such a load: statistics and the visibility map.
        cursor.execute("VACUUM ANALYZE")
    return counts
