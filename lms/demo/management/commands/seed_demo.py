"""Load the demo content: organisations, people of every role, site pages, handbook, courses and more.

Idempotent: every step looks for what it would create, so a second run changes nothing.
"""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app contributes a seed function; they run in dependency order.
SEED_STEPS = [
    ("lms.people.demo", "seed_organisations"),
    ("lms.people.demo", "seed_people"),
    ("cms_site.demo", "seed_site"),
    ("handbook.demo", "seed_handbook"),
    ("courses.demo", "seed_courses"),
    ("courses.attendance.demo", "seed_attendance"),
    ("courses.quizzes.demo", "seed_quizzes"),
    ("certificates.demo", "seed_certificates"),
]


class Command(BaseCommand):
    help = "Load the demo content (safe to run again: nothing changes the second time)."

    def handle(self, *args, **options):
        accounts = []
        for module_name, function_name in SEED_STEPS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name == module_name:
                    continue  # that app has no demo content yet
                raise
            function = getattr(module, function_name)
            with transaction.atomic():
                result = function()
            if function_name == "seed_people":
                accounts = result
            self.stdout.write(f"  {module_name}.{function_name}: ok")
        from lms.people.demo import DEMO_PASSWORD

        self.stdout.write(
            self.style.SUCCESS(f"Demo content is loaded. Demo accounts (password: {DEMO_PASSWORD}):")
        )
        for role, email in accounts:
            self.stdout.write(f"  {role:<22} {email}")
