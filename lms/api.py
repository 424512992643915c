"""The JSON API (/api/v1/, django-ninja) with its OpenAPI schema at /api/v1/openapi.json, docs at /api/v1/docs.

Apps add their routers here, imported by name: a missing module stops the project at start-up instead of
being skipped (the endpoints it serves would silently vanish from the API and its schema).
"""

from http import HTTPStatus

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Swagger
from ninja.errors import HttpError, ValidationError

from certificates.api import router as certificates_router
from courses.api import router as courses_router
from courses.quizzes.api import router as quizzes_router
from lms.errors import DomainError
from lms.people.api import router as people_router


class LmsAPI(NinjaAPI):
    """The schema also documents the refusals django-ninja makes before any rule runs (lms/api.py answers
    them with the refusal body): 401 wherever the caller must be signed in, 403 for the CSRF check of a write
    by session cookie, 400 for a body that is not JSON, 422 wherever a parameter or body is read."""

    def get_openapi_schema(self, **kwargs):
        schema = super().get_openapi_schema(**kwargs)
        refusal = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}}
        for operations in schema["paths"].values():
            for method, operation in operations.items():
                answers = set()
                if operation.get("security"):
                    answers |= {401} if method == "get" else {401, 403}
                if operation.get("requestBody"):
                    answers |= {400, 422}
                if operation.get("parameters"):
                    answers.add(422)
                for status in answers:
                    operation["responses"].setdefault(
                        status, {"description": HTTPStatus(status).phrase, **refusal}
                    )
        return schema


api = LmsAPI(
    title="Lớp học Truyền thông chính sách API",
    version="1",
    urls_namespace="api-v1",
    docs_url="/docs",
    # Swagger UI from django-ninja's own static files ("ninja" is an installed app), never a CDN; no
    # validator badge, which would send the schema to validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)

api.add_router("/", people_router)
api.add_router("/", courses_router)
api.add_router("/", quizzes_router)
api.add_router("/", certificates_router)


# Every refusal answers the same body, {"code": ..., "message": ...} (lms.errors.ErrorOut), in the request's
# language: the apps' rules, a missing object, and what django-ninja refuses before any rule runs, which it
# would otherwise answer {"detail": ...} in English.


def _refusal(request, status: int, code: str, message: str):
    return api.create_response(request, {"code": code, "message": message}, status=status)


@api.exception_handler(DomainError)
def refused(request, exc: DomainError):
    """An app's rule refused the change: its status, code and message, whichever router raised it."""
    return _refusal(request, exc.status_code, exc.code, exc.message)


@api.exception_handler(Http404)
def not_found(request, exc):
    """A missing object (or someone else's): the same answer either way."""
    return _refusal(request, 404, "not_found", _("Not found."))


def _ninja_refusal(status: int) -> tuple[str, str]:
    """What django-ninja refuses by status: no credentials, the session's CSRF check (its only 403), a body
    that is not JSON."""
    if status == 401:
        return "not_signed_in", _("Sign in first, or send a personal API token in the Authorization header.")
    if status == 403:
        return "csrf_failed", _(
            "The security check failed: send the CSRF token with the session cookie, or use a personal API "
            "token."
        )
    if status == 400:
        return "unreadable_request", _("The request body is not valid JSON.")
    return "error", str(DomainError.default_text)


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    return _refusal(request, exc.status_code, *_ninja_refusal(exc.status_code))


@api.exception_handler(ValidationError)
def invalid(request, exc: ValidationError):
    """Parameters or a body that do not fit the schema: the message names the fields, as sent."""
    fields = sorted({str(error["loc"][-1]) for error in exc.errors if error.get("loc")})
    message = _("Some values are missing or not valid: %(fields)s.") % {"fields": ", ".join(fields)}
    return _refusal(request, 422, "invalid_request", message)
