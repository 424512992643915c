"""Send the outbox rows left unsent now (what the periodic job does), e.g. on an install without Celery beat."""

from django.core.management.base import BaseCommand

from lms.outbox.tasks import send_unsent_messages


class Command(BaseCommand):
    help = "Send the e-mails left unsent in the outbox (safe to run again)."

    def handle(self, *args, **options):
        count = send_unsent_messages()
        self.stdout.write(f"{count} e-mail(s) queued for sending.")
