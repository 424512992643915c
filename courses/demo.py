"""Demo courses, lessons and sessions, built through the services so they obey the rules. Idempotent.

The catalogue's text lives in files under `lms/demo/content/courses/` (one folder per course, one file per
lesson, see `lms/demo/content/README.md`) and this year's sessions in `this_year/sessions.json`; who enrols
in them, and how, is a scenario, kept here.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from cms_site.models import HomePage
from handbook.demo import load_handbook
from handbook.models import HandbookSectionPage
from lms.demo.files import Block, DemoContentError, content_path, numbered, read_bytes, read_document
from lms.people.models import User

from . import lifecycle, notifications, services
from .models import (
    CourseIndexPage,
    CoursePage,
    EnrolmentEvent,
    EnrolmentSource,
    LessonPage,
    SessionDay,
    SessionStatus,
    TrainingSession,
)

TRAINER_EMAIL = "giangvien@demo.lophoc.vn"
MANAGER_EMAIL = "quanly@demo.lophoc.vn"
CONTENT = "courses"
SESSIONS = ("this_year", "sessions.json")
SCENARIO = ("completed", "open", "full", "approval")
# The fields of a session a spec may state as they are (the others are worked out from today).
SESSION_FIELDS = {
    "title",
    "mode",
    "venue",
    "meeting_link",
    "capacity",
    "audience_categories",
    "enrolment_mode",
}


def _lesson_block(block: Block) -> tuple:
    if block.kind == "text":
        return ("text", block.check().html())
    if block.kind == "key_points":
        return (
            "key_points",
            {"title": block.check(required=("title",)).fields["title"], "points": block.items()},
        )
    if block.kind == "handbook":
        fields = block.check(required=("section",), allowed=("note",)).fields
        if block.lines:
            raise DemoContentError(f"{block.where}: a “handbook” block has fields only (section, note).")
        return ("handbook", fields["section"], fields.get("note", ""))
    raise DemoContentError(f"{block.where}: unknown lesson block “{block.kind}”.")


def load_catalogue() -> dict[str, Any]:
    """The demo catalogue read from its files: the index page and each course with its lessons in order."""
    index = read_document(CONTENT, "_index.md").check(required=("title", "slug"))
    catalogue: dict[str, Any] = {
        "index": {**index.meta, "intro": index.named_blocks("intro")["intro"].check().html()},
        "courses": [],
    }
    section_slugs = {
        section["slug"] for chapter in load_handbook()["chapters"] for section in chapter["sections"]
    }
    for course_slug, folder in numbered(CONTENT):
        course = read_document("_course.md", base=folder).check(
            required=("title", "summary", "hours"), allowed=("audience", "spokesperson_training")
        )
        blocks = course.named_blocks("objectives", "session_topics")
        lessons = []
        for lesson_slug, entry in numbered(base=folder, suffix=".md"):
            lesson = read_document(base=entry).check(required=("title", "minutes"), allowed=("intro",))
            body = [_lesson_block(block) for block in lesson.blocks]
            unknown = [block[1] for block in body if block[0] == "handbook" and block[1] not in section_slugs]
            if unknown:
                raise DemoContentError(f"{entry}: no handbook section has the slug(s) {', '.join(unknown)}.")
            lessons.append(
                {
                    "slug": lesson_slug,
                    "title": lesson.meta["title"],
                    "minutes": lesson.integer("minutes"),
                    "intro": lesson.meta.get("intro", ""),
                    "body": body,
                }
            )
        catalogue["courses"].append(
            {
                "slug": course_slug,
                "title": course.meta["title"],
                "summary": course.meta["summary"],
                "audience": [
                    value.strip() for value in course.meta.get("audience", "").split(",") if value.strip()
                ],
                "hours": course.meta["hours"],
                "spokesperson_training": course.meta.get("spokesperson_training", "") == "yes",
                "objectives": blocks["objectives"].check().html(),
                "session_topics": blocks["session_topics"].check().items(),
                "lessons": lessons,
            }
        )
    return catalogue


def demo_course_slugs() -> list[str]:
    """The demo courses' slugs, in catalogue order (their folders under `lms/demo/content/courses/`)."""
    return [slug for slug, _folder in numbered(CONTENT)]


def _child_page(parent: Page, model, data: dict[str, Any], **fields) -> Page:
    """The child page of `parent` with the slug `data` gives; when there is none yet, made with the title it
    gives and `fields`, and published."""
    page = model.objects.child_of(parent).filter(slug=data["slug"]).first()
    if page is None:
        page = model(slug=data["slug"], title=data["title"], **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def _handbook_sections() -> dict[str, int]:
    return dict(HandbookSectionPage.objects.values_list("slug", "pk"))


def _lesson_body(blocks: list, sections: dict[str, int]) -> list[dict]:
    """Lesson blocks as StreamField data; links to handbook sections not seeded (no handbook yet) are left out."""
    body = []
    for block in blocks:
        kind = block[0]
        if kind == "text":
            body.append({"type": "text", "value": block[1]})
        elif kind == "key_points":
            body.append(
                {"type": "key_points", "value": {"title": block[1]["title"], "points": block[1]["points"]}}
            )
        elif kind == "handbook" and block[1] in sections:
            body.append({"type": "handbook_link", "value": {"section": sections[block[1]], "note": block[2]}})
    return body


def seed_pages(catalogue: dict[str, Any]) -> dict[str, CoursePage]:
    home = HomePage.objects.first()
    if home is None:
        return {}
    index_data = catalogue["index"]
    index = _child_page(home, CourseIndexPage, index_data, intro=index_data["intro"], show_in_menus=True)
    sections = _handbook_sections()
    courses = {}
    for data in catalogue["courses"]:
        course = _child_page(
            index,
            CoursePage,
            data,
            summary=data["summary"],
            learning_objectives=data["objectives"],
            audience_categories=data["audience"],
            duration_hours=Decimal(data["hours"]),
            is_spokesperson_training=data["spokesperson_training"],
        )
        courses[data["slug"]] = course
        for lesson in data["lessons"]:
            _child_page(
                course,
                LessonPage,
                lesson,
                intro=lesson["intro"],
                estimated_minutes=lesson["minutes"],
                body=_lesson_body(lesson["body"], sections),
            )
    return courses


def load_sessions() -> dict[str, dict]:
    """This year's demo sessions by their part in the scenario, read from `this_year/sessions.json`."""
    try:
        sessions = json.loads(read_bytes(*SESSIONS).decode("utf-8"))["sessions"]
        for part in SCENARIO:
            spec = sessions[part]
            for key in ("course", "code", "first_day", "title", "mode", "capacity"):
                if key not in spec:
                    raise KeyError(f"{part}: {key}")
            unknown = set(spec) - SESSION_FIELDS - {"course", "code", "first_day", "enrolment_window"}
            if unknown:
                raise ValueError(f"{part}: unknown field(s) {', '.join(sorted(unknown))}")
    except (ValueError, KeyError) as exc:
        raise DemoContentError(f"{content_path(*SESSIONS)}: {exc}") from exc
    return sessions


def _session(
    spec: dict,
    courses: dict[str, CoursePage],
    *,
    today: date,
    now: datetime,
    trainer: User | None,
    topics: dict[str, list[str]],
) -> TrainingSession:
    """The session `spec` describes, this year, with a day per topic of its course; found if it exists."""
    course = courses[spec["course"]]
    code = f"{spec['code']}/{today.year}"
    session = TrainingSession.objects.filter(course=course, code=code).first()
    if session is not None:
        return session
    fields = {key: value for key, value in spec.items() if key in SESSION_FIELDS}
    if "enrolment_window" in spec:
        opens, closes = spec["enrolment_window"]
        fields["enrolment_opens_at"] = now + timedelta(days=opens)
        fields["enrolment_closes_at"] = now + timedelta(days=closes)
    session = TrainingSession.objects.create(
        course=course, code=code, year=today.year, status=SessionStatus.OPEN, **fields
    )
    first_day = today + timedelta(days=spec["first_day"])
    for offset, topic in enumerate(topics[course.slug]):
        SessionDay.objects.create(
            session=session,
            date=first_day + timedelta(days=offset),
            start_time=time(8),
            end_time=time(16, 30),
            topic=topic,
        )
    if trainer is not None:
        # A ParentalManyToManyField keeps its changes in memory until the cluster is saved.
        session.trainers.add(trainer)
        session.save()
    return session


def _trainees(categories: list[str] | None = None) -> list[User]:
    queryset = User.objects.filter(
        groups__name=settings.ROLE_TRAINEES, email__endswith="@demo.lophoc.vn"
    ).order_by("email")
    if categories:
        queryset = queryset.filter(trainee_category__in=categories)
    return list(queryset)


def seed_sessions(courses: dict[str, CoursePage], *, topics: dict[str, list[str]]) -> list[TrainingSession]:
    if len(courses) < 2:
        return []
    today = timezone.localdate()
    now = timezone.now()
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    manager = (
        User.objects.filter(email=MANAGER_EMAIL).first() or User.objects.filter(is_superuser=True).first()
    )
    specs = load_sessions()

    def session(part: str) -> TrainingSession:
        return _session(specs[part], courses, today=today, now=now, trainer=trainer, topics=topics)

    # 1. A completed session earlier in the year, its trainees confirmed.
    completed = session("completed")
    if completed.status != SessionStatus.COMPLETED and manager is not None:
        for trainee in _trainees(specs["completed"].get("audience_categories"))[:12]:
            services.enrol_trainee(completed, trainee, acting_user=manager, source=EnrolmentSource.STAFF)
        completed = lifecycle.complete_session(completed, acting_user=manager)

    # 2. Open for enrolment, a few seats left: trainees enrol themselves.
    open_session = session("open")
    for trainee in _trainees(specs["open"].get("audience_categories"))[3:12]:
        services.enrol_trainee(open_session, trainee, acting_user=trainee)

    # 3. Open and full, with a waitlist.
    full_session = session("full")
    for trainee in _trainees()[:11]:
        services.enrol_trainee(full_session, trainee, acting_user=trainee)

    # 4. Approval mode: requests wait for the organisers.
    approval_session = session("approval")
    for trainee in _trainees()[12:18]:
        services.enrol_trainee(approval_session, trainee, acting_user=trainee)
    return [completed, open_session, full_session, approval_session]


def seed_courses() -> list[TrainingSession]:
    """The demo catalogue: two courses with lessons linking to the handbook, and four sessions this year."""
    catalogue = load_catalogue()
    courses = seed_pages(catalogue)
    sessions = seed_sessions(
        courses, topics={course["slug"]: course["session_topics"] for course in catalogue["courses"]}
    )
    # Demo trainees have made-up addresses: none of their enrolment e-mails is sent.
    notifications.withhold_event_emails(
        EnrolmentEvent.objects.filter(enrolment__session__in=sessions).values_list("pk", flat=True)
    )
    return sessions
