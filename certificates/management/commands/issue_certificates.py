"""Issue the certificates of a session to every eligible trainee (safe to run again: nothing is issued twice).

python manage.py issue_certificates --session "Khóa 1/2026"
python manage.py issue_certificates --session 12 --dry-run
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from certificates import services
from certificates.eligibility import session_eligibility
from certificates.errors import CertificatesError
from courses.models import TrainingSession
from lms.http import id_or_none


def find_session(value: str) -> TrainingSession:
    """A session by its id, or by its code when one session has it (codes are unique per course only)."""
    value = (value or "").strip()
    sessions = list(TrainingSession.objects.select_related("course").filter(code=value))
    if not sessions and id_or_none(value) is not None:
        sessions = list(TrainingSession.objects.select_related("course").filter(pk=id_or_none(value)))
    if not sessions:
        raise CommandError(_("No session “%(value)s” (give its code or its id).") % {"value": value})
    if len(sessions) > 1:
        choices = "; ".join(f"id {session.pk}: {session.course.title}" for session in sessions)
        raise CommandError(
            _("Several courses have a session “%(value)s”; give its id: %(choices)s.")
            % {"value": value, "choices": choices}
        )
    return sessions[0]


class Command(BaseCommand):
    help = "Issue the certificates of a session to every eligible trainee (nothing is issued twice)."

    def add_arguments(self, parser):
        parser.add_argument("--session", required=True, help="The session's code (e.g. 'Khóa 1/2026') or id.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only list who is eligible and why not, issue nothing."
        )

    def handle(self, *args, session: str, dry_run: bool, **options):
        translation.activate("vi")
        found = find_session(session)
        results = session_eligibility(found)
        self.stdout.write(
            _("%(session)s (%(course)s): %(count)d trainees")
            % {"session": found, "course": found.course.title, "count": len(results)}
        )
        if dry_run:
            for item in results:
                if item.issued:
                    state = _("issued %(number)s") % {"number": item.certificate.number}
                elif item.eligible:
                    state = _("eligible")
                else:
                    state = _("not eligible: %(reasons)s") % {"reasons": "; ".join(item.reasons)}
                self.stdout.write(f"  {item.user.full_name}: {state}")
            return
        eligible = [item.enrolment for item in results if item.eligible and not item.issued]
        already = sum(1 for item in results if item.issued)
        total = len(eligible)

        def progress(report):
            done = len(report.issued) + len(report.already) + len(report.refused)
            if done % 50 == 0 or done == total:
                self.stdout.write(f"  {done}/{total}")

        try:
            report = services.issue_certificates(eligible, acting_user=None, on_progress=progress)
        except CertificatesError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            self.style.SUCCESS(
                _("Issued %(issued)d certificates; %(already)d held one already; %(refused)d refused.")
                % {
                    "issued": len(report.issued),
                    "already": already + len(report.already),
                    "refused": len(report.refused),
                }
            )
        )
        for enrolment, reason in report.refused:
            self.stdout.write(f"  {enrolment.user.full_name}: {reason}")
