"""Load the demo content: organisations, people of every role, site pages, handbook, courses and more.

Idempotent: every step looks for what it would create, so a second run changes nothing. The steps are
imported, not looked up by name, so a missing module stops the command instead of being skipped; the text
comes from files under `lms/demo/content/`, and a missing or malformed file stops it too.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from certificates.demo import seed_certificates
from cms_site.demo import seed_site
from courses.attendance.demo import seed_attendance
from courses.demo import seed_courses
from courses.nominations.demo import seed_nominations
from courses.quizzes.demo import seed_quizzes
from handbook.demo import seed_handbook
from lms.demo.files import DemoContentError
from lms.demo.last_year import issue_last_year_certificates, seed_last_year
from lms.people.demo import DEMO_PASSWORD, seed_organisations, seed_people, seed_spokespersons

# In dependency order; each step runs in its own transaction.
SEED_STEPS = [
    seed_organisations,
    seed_people,
    seed_spokespersons,
    seed_site,
    seed_handbook,
    seed_courses,
    seed_attendance,
    seed_last_year,
    seed_quizzes,
    seed_certificates,
    issue_last_year_certificates,
    seed_nominations,
]


class Command(BaseCommand):
    help = "Load the demo content (safe to run again: nothing changes the second time)."

    def handle(self, *args, **options):
        accounts = []
        for step in SEED_STEPS:
            try:
                with transaction.atomic():
                    result = step()
            except DemoContentError as exc:
                raise CommandError(f"{step.__module__}.{step.__name__}: {exc}") from exc
            if step is seed_people:
                accounts = result
            if step is seed_nominations:
                accounts = [*accounts, *result]
            self.stdout.write(f"  {step.__module__}.{step.__name__}: ok")
        self.stdout.write(
            self.style.SUCCESS(f"Demo content is loaded. Demo accounts (password: {DEMO_PASSWORD}):")
        )
        width = max((len(role) for role, _email in accounts), default=0)
        for role, email in accounts:
            self.stdout.write(f"  {role:<{width}}  {email}")
