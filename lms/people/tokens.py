"""Personal API tokens for the JSON API, made by their owner on the profile page.

They are Wagtail's own `wagtail.models.APIToken` rows (only an HMAC digest of the key is stored; the key is
shown once), so the API checks them with Wagtail's `BearerTokenAuth`; no second token table is needed.
Every API endpoint that acts for a person authenticates with `api_auth()`: a bearer token whose owner may
sign in, or the session cookie with its CSRF token (sessions are checked by VerifiedEmailMiddleware).
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from ninja.security import SessionAuth
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

from lms.errors import Forbidden
from lms.text import nfc

from .models import User
from .verification import may_sign_in, may_sign_in_expression

MAX_TOKENS_PER_USER = 10


class TokenError(Forbidden):
    """A personal API token could not be made."""

    code = "token_refused"


class TokenLimitError(TokenError):
    """The user already holds the maximum number of active tokens."""

    default_text = _("You already have the maximum number of tokens; revoke one first.")


class EmailNotVerifiedError(TokenError):
    """Where verification is mandatory, only an account with a verified e-mail may hold a token."""

    default_text = _("Verify your e-mail address before creating an API token.")


def active_tokens(user: User) -> QuerySet[APIToken]:
    return APIToken.objects.filter(user=user, revoked_at__isnull=True).order_by("-created")


@transaction.atomic
def create_api_token(user: User, *, name: str) -> tuple[APIToken, str]:
    """Create a token for the user; the clear key is returned once and never stored."""
    if not may_sign_in(user):
        raise EmailNotVerifiedError
    if active_tokens(user).count() >= MAX_TOKENS_PER_USER:
        raise TokenLimitError
    return APIToken.create_token(user=user, name=nfc(name)[:255] or "API")


def revoke_api_token(token_id: int, *, user: User) -> bool:
    """Revoke one of the user's own active tokens; returns whether one was revoked."""
    token = active_tokens(user).filter(pk=token_id).first()
    if token is None:
        return False
    token.revoke()
    return True


class VerifiedBearerTokenAuth(BearerTokenAuth):
    """Wagtail's bearer-token check, refusing tokens whose owner may not sign in (unverified e-mail).

    The token, its owner and the verified-address rule are read in one query (Wagtail's check, then
    `may_sign_in`, took two on every API call). Wagtail records `last_used_at` at most once per
    WAGTAILAPI_TOKEN_LAST_USED_INTERVAL seconds.
    """

    def authenticate(self, request, token: str):
        api_token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True)
            .annotate(owner_may_sign_in=may_sign_in_expression("user__"))
            .first()
        )
        user = api_token.user if api_token is not None else None
        if user is None or not user.is_active or not api_token.owner_may_sign_in:
            request.user = AnonymousUser()
            return None
        request.user = user
        self._touch_last_used(api_token)
        return api_token


def api_auth() -> list:
    """The API's ways in for a person: a bearer token, or the session cookie with its CSRF token."""
    return [VerifiedBearerTokenAuth(), SessionAuth(csrf=True)]
