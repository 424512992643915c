"""Test e-mail backends: a mail server that fails on demand (delivering to django.core.mail.outbox)."""

from __future__ import annotations

import smtplib

from django.core.mail.backends import locmem


class FlakyBackend(locmem.EmailBackend):
    """A mail server that drops the first `failures` connections, and refuses the addresses in `refused`."""

    failures = 0
    refused: frozenset[str] = frozenset()

    def send_messages(self, messages):
        if FlakyBackend.failures > 0:
            FlakyBackend.failures -= 1
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        for message in messages:
            if set(message.to) & FlakyBackend.refused:
                raise smtplib.SMTPRecipientsRefused({message.to[0]: (550, b"5.1.1 User unknown")})
        return super().send_messages(messages)

    @classmethod
    def reset(cls) -> None:
        cls.failures, cls.refused = 0, frozenset()
