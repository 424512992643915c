"""The e-mail outbox: every e-mail the platform owes is a row, sent once by a Celery task with bounded retries.

A shared building block: it imports no app. Apps queue e-mails with `lms.outbox.services.queue_email`.
"""
