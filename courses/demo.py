"""Demo courses, lessons and sessions, built through the services so they obey the rules. Idempotent.

The catalogue's text lives in files under `lms/demo/content/courses/` (one folder per course, one file per
lesson, see `lms/demo/content/README.md`); the sessions and who enrols in them are a scenario, kept here.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from cms_site.models import HomePage
from handbook.demo import load_handbook
from handbook.models import HandbookSectionPage
from lms.demo.files import Block, DemoContentError, numbered, read_document
from lms.people.models import User

from . import lifecycle, notifications, services
from .models import (
    CourseIndexPage,
    CoursePage,
    EnrolmentEvent,
    EnrolmentMode,
    EnrolmentSource,
    LessonPage,
    SessionDay,
    SessionMode,
    SessionStatus,
    TrainingSession,
)

TRAINER_EMAIL = "giangvien@demo.lophoc.vn"
MANAGER_EMAIL = "quanly@demo.lophoc.vn"
CONTENT = "courses"


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


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


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


def _publish(page: Page) -> None:
    page.save_revision().publish()


def seed_pages(catalogue: dict[str, Any]) -> dict[str, CoursePage]:
    home = HomePage.objects.first()
    if home is None:
        return {}
    index_data = catalogue["index"]
    index = _child(home, CourseIndexPage, index_data["slug"])
    if index is None:
        index = CourseIndexPage(
            title=index_data["title"], slug=index_data["slug"], intro=index_data["intro"], show_in_menus=True
        )
        home.add_child(instance=index)
        _publish(index)
    sections = _handbook_sections()
    courses = {}
    for data in catalogue["courses"]:
        course = _child(index, CoursePage, data["slug"])
        if course is None:
            course = CoursePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                learning_objectives=data["objectives"],
                audience_categories=data["audience"],
                duration_hours=Decimal(data["hours"]),
                is_spokesperson_training=data["spokesperson_training"],
            )
            index.add_child(instance=course)
            _publish(course)
        courses[data["slug"]] = course
        for lesson_data in data["lessons"]:
            lesson = _child(course, LessonPage, lesson_data["slug"])
            if lesson is None:
                lesson = LessonPage(
                    title=lesson_data["title"],
                    slug=lesson_data["slug"],
                    intro=lesson_data["intro"],
                    estimated_minutes=lesson_data["minutes"],
                    body=_lesson_body(lesson_data["body"], sections),
                )
                course.add_child(instance=lesson)
                _publish(lesson)
    return courses


def _session(
    course: CoursePage,
    *,
    code: str,
    defaults: dict,
    first_day: date,
    trainer: User | None,
    topics: dict[str, list[str]],
) -> TrainingSession:
    session = TrainingSession.objects.filter(course=course, code=code).first()
    if session is not None:
        return session
    session = TrainingSession.objects.create(course=course, code=code, **defaults)
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
    year = today.year
    now = timezone.now()
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    manager = (
        User.objects.filter(email=MANAGER_EMAIL).first() or User.objects.filter(is_superuser=True).first()
    )
    policy, press = (
        courses["ky-nang-truyen-thong-chinh-sach"],
        courses["ky-nang-cung-cap-thong-tin-cho-bao-chi"],
    )
    audience = ["communication_officer", "spokesperson"]
    sessions = []

    # 1. A completed session earlier in the year, its trainees confirmed.
    completed = _session(
        policy,
        code=f"Khóa 1/{year}",
        first_day=today - timedelta(days=45),
        trainer=trainer,
        topics=topics,
        defaults={
            "title": "Lớp bồi dưỡng kỹ năng truyền thông chính sách - khu vực phía Bắc",
            "year": year,
            "mode": SessionMode.IN_PERSON,
            "venue": "Hội trường Cục Báo chí, 51-53 Ngô Quyền, Hà Nội",
            "capacity": 30,
            "audience_categories": audience,
            "status": SessionStatus.OPEN,
        },
    )
    if completed.status != SessionStatus.COMPLETED and manager is not None:
        for trainee in _trainees(audience)[:12]:
            services.enrol_trainee(completed, trainee, acting_user=manager, source=EnrolmentSource.STAFF)
        completed = lifecycle.complete_session(completed, acting_user=manager)
    sessions.append(completed)

    # 2. Open for enrolment, a few seats left: trainees enrol themselves.
    open_session = _session(
        policy,
        code=f"Khóa 2/{year}",
        first_day=today + timedelta(days=30),
        trainer=trainer,
        topics=topics,
        defaults={
            "title": "Lớp bồi dưỡng kỹ năng truyền thông chính sách - khu vực miền Trung",
            "year": year,
            "mode": SessionMode.HYBRID,
            "venue": "Trung tâm Hội nghị tỉnh, Đà Nẵng",
            "meeting_link": "https://meet.example.vn/ttcs-khoa-2",
            "capacity": 12,
            "audience_categories": audience,
            "status": SessionStatus.OPEN,
            "enrolment_opens_at": now - timedelta(days=10),
            "enrolment_closes_at": now + timedelta(days=25),
        },
    )
    for trainee in _trainees(audience)[3:12]:
        services.enrol_trainee(open_session, trainee, acting_user=trainee)
    sessions.append(open_session)

    # 3. Open and full, with a waitlist.
    full_session = _session(
        press,
        code=f"Khóa 1/{year}",
        first_day=today + timedelta(days=21),
        trainer=trainer,
        topics=topics,
        defaults={
            "title": "Kỹ năng cung cấp thông tin cho báo chí - trực tuyến",
            "year": year,
            "mode": SessionMode.ONLINE,
            "meeting_link": "https://meet.example.vn/bao-chi-khoa-1",
            "capacity": 8,
            "status": SessionStatus.OPEN,
            "enrolment_opens_at": now - timedelta(days=7),
            "enrolment_closes_at": now + timedelta(days=18),
        },
    )
    for trainee in _trainees()[:11]:
        services.enrol_trainee(full_session, trainee, acting_user=trainee)
    sessions.append(full_session)

    # 4. Approval mode: requests wait for the organisers.
    approval_session = _session(
        press,
        code=f"Khóa 2/{year}",
        first_day=today + timedelta(days=60),
        trainer=trainer,
        topics=topics,
        defaults={
            "title": "Kỹ năng cung cấp thông tin cho báo chí - khu vực phía Nam",
            "year": year,
            "mode": SessionMode.IN_PERSON,
            "venue": "Hội trường Sở Văn hóa, Thể thao và Du lịch, TP. Hồ Chí Minh",
            "capacity": 40,
            "enrolment_mode": EnrolmentMode.APPROVAL,
            "status": SessionStatus.OPEN,
            "enrolment_opens_at": now - timedelta(days=3),
            "enrolment_closes_at": now + timedelta(days=45),
        },
    )
    for trainee in _trainees()[12:18]:
        services.enrol_trainee(approval_session, trainee, acting_user=trainee)
    sessions.append(approval_session)
    return sessions


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
