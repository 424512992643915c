"""Models of the courses app: pages (catalogue, courses, lessons) and training (sessions, enrolments)."""

from .pages import CourseIndexPage, CoursePage, LessonPage, LessonProgress
from .training import (
    ACTIVE_STATUSES,
    BulkEnrolmentJob,
    BulkJobStatus,
    Enrolment,
    EnrolmentEvent,
    EnrolmentMode,
    EnrolmentSource,
    EnrolmentStatus,
    SessionDay,
    SessionMode,
    SessionStatus,
    TrainingSession,
    session_field,
)

__all__ = [
    "ACTIVE_STATUSES",
    "BulkEnrolmentJob",
    "BulkJobStatus",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "EnrolmentEvent",
    "EnrolmentMode",
    "EnrolmentSource",
    "EnrolmentStatus",
    "LessonPage",
    "LessonProgress",
    "SessionDay",
    "SessionMode",
    "SessionStatus",
    "TrainingSession",
    "session_field",
]
