"""Personal API tokens for the JSON API, made by their owner on the profile page.

They are Wagtail's own `wagtail.models.APIToken` rows (only an HMAC digest of the key is stored; the key is
shown once), so the API checks them with Wagtail's `BearerTokenAuth`; no second token table is needed.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from wagtail.models import APIToken

from lms.text import nfc

from .models import User

MAX_TOKENS_PER_USER = 10


class TokenLimitError(Exception):
    """The user already holds the maximum number of active tokens."""


def active_tokens(user: User) -> QuerySet[APIToken]:
    return APIToken.objects.filter(user=user, revoked_at__isnull=True).order_by("-created")


@transaction.atomic
def create_api_token(user: User, *, name: str) -> tuple[APIToken, str]:
    """Create a token for the user; the clear key is returned once and never stored."""
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
