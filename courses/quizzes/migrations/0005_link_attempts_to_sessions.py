"""Best effort: tie each attempt made outside a session to the course run its trainee enrolled in.

Before graded quizzes required a confirmed enrolment, an attempt made while the trainee was enrolled nowhere
(or not yet confirmed) was stored without a session, and the trainee got fresh attempts once confirmed. Such
an attempt now goes to the trainee's session of the quiz's course: a confirmed enrolment first, else any
enrolment; among several, the first run still going on the day of the attempt, else the latest. An attempt
of a trainee who never enrolled stays without a session: it then counts in every run of the course.
"""

from django.db import migrations
from django.db.models import Max, Min


def link_attempts(apps, schema_editor):
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    Enrolment = apps.get_model("courses", "Enrolment")
    orphans = QuizAttempt.objects.filter(session__isnull=True).select_related("quiz")
    for attempt in orphans.iterator():
        enrolments = list(
            Enrolment.objects.filter(user_id=attempt.user_id, session__course_id=attempt.quiz.course_id)
            .annotate(first=Min("session__days__date"), last=Max("session__days__date"))
            .values("session_id", "status", "first", "last", "session__year")
        )
        if not enrolments:
            continue
        confirmed = [e for e in enrolments if e["status"] == "confirmed"]
        candidates = confirmed or enrolments
        day = attempt.started_at.date()
        running = [e for e in candidates if e["last"] is None or e["last"] >= day]
        if running:
            chosen = min(running, key=lambda e: (e["first"] is None, e["first"], e["session_id"]))
        else:
            chosen = max(candidates, key=lambda e: (e["last"], e["session__year"], e["session_id"]))
        QuizAttempt.objects.filter(pk=attempt.pk).update(session_id=chosen["session_id"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_bulk_files_in_private_storage"),
        ("quizzes", "0004_practice_quizzes_and_session_start"),
    ]

    # Reversing keeps the links: an attempt tied to its course run is right under either version.
    operations = [migrations.RunPython(link_attempts, migrations.RunPython.noop)]
