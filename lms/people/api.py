"""JSON API of people (mounted at /api/v1/ by lms/api.py): who the caller is."""

from __future__ import annotations

from ninja import Router, Schema

from .selectors import role_label, role_names
from .tokens import api_auth

router = Router(tags=["people"])


class RoleOut(Schema):
    name: str
    label: str


class MeOut(Schema):
    id: int
    email: str
    full_name: str
    family_name: str
    middle_name: str
    given_name: str
    roles: list[RoleOut]

    @staticmethod
    def resolve_roles(user) -> list[RoleOut]:
        return [RoleOut(name=name, label=role_label(name)) for name in sorted(role_names(user))]


@router.get(
    "/me",
    auth=api_auth(),
    response=MeOut,
    summary="Who am I: the signed-in user's account and roles",
    description="The account a token or session acts for: its id, name (in parts and in full) and role "
    "groups (`name` for machines, `label` in the request's language). The cheapest authenticated call.",
)
def me(request):
    return request.user
