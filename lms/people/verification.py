"""The verified e-mail rule: where verification is mandatory, nobody gets in with an unverified address.

allauth's login form applies it when a person signs in; `VerifiedEmailMiddleware` applies it to every
session afterwards (the admin, the JSON API by session cookie, the profile and API token pages), and the
API's bearer-token check and token creation ask the same question here.
"""

from __future__ import annotations

from allauth.account import app_settings as account_settings
from allauth.account.models import EmailAddress
from allauth.account.utils import has_verified_email
from django.conf import settings
from django.contrib.auth import logout
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Lower
from django.http import HttpRequest

from .models import User

SESSION_KEY = "_people_verified_email"


def email_verification_mandatory() -> bool:
    return account_settings.EMAIL_VERIFICATION == account_settings.EmailVerificationMethod.MANDATORY


def may_sign_in(user: User) -> bool:
    """Whether the account may use the site: its login address is verified, or verification is not mandatory."""
    if not email_verification_mandatory():
        return True
    return bool(user.email) and has_verified_email(user, user.email)


def may_sign_in_expression(user: str = "") -> Exists | Value:
    """`may_sign_in` as an SQL expression, for a query that reads the account anyway (`user` is the path
    to it, e.g. "user__" from an API token): its login address has a verified EmailAddress row."""
    if not email_verification_mandatory():
        return Value(True)
    return Exists(
        EmailAddress.objects.filter(
            user_id=OuterRef(f"{user}id" if user else "pk"),
            email=Lower(OuterRef(f"{user}email")),
            verified=True,
        ).exclude(email="")
    )


class VerifiedEmailMiddleware:
    """Ends any session whose account may not sign in (e.g. one opened before its e-mail was verified).

    The answer is remembered in the session for the account's current address, so a signed-in person
    costs one query per session, and an anonymous visitor without a session cookie costs nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            self._check(request)
        return self.get_response(request)

    @staticmethod
    def _check(request: HttpRequest) -> None:
        user = request.user
        if not user.is_authenticated or request.session.get(SESSION_KEY) == user.email:
            return
        if may_sign_in(user):
            request.session[SESSION_KEY] = user.email
        else:
            logout(request)
