import uuid

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.utils.html import strip_tags
from django.utils.translation import get_language

from lms.outbox.services import queue_rendered_email
from lms.text import nfc


class AccountAdapter(DefaultAccountAdapter):
    """Saves the person's details from the sign-up form together with the account; mails through the outbox."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        person_data = getattr(form, "person_data", None)
        if person_data:
            for name, value in person_data().items():
                if value is not None:
                    setattr(user, name, nfc(value))
        if commit:
            user.save()
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's e-mails (verification, password reset, account notices) go through the outbox too:
        retried when the mail server fails, and visible to managers when they cannot be delivered."""
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {"request": request, "email": email, "current_site": get_current_site(request), **context},
        )
        if message.content_subtype == "html":
            body_text, body_html = strip_tags(message.body), message.body
        else:
            body_text = message.body
            alternatives = getattr(message, "alternatives", [])
            body_html = next((content for content, mimetype in alternatives if mimetype == "text/html"), "")
        # Each call is a new e-mail (a fresh code or link): the key only has to be unique.
        queue_rendered_email(
            key=f"account:{uuid.uuid4().hex}",
            to=email,
            kind=template_prefix,
            subject=message.subject,
            body_text=body_text,
            body_html=body_html,
            language=get_language() or "",
        )
