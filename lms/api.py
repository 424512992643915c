"""The JSON API (/api/v1/, django-ninja) with its OpenAPI schema at /api/v1/openapi.json, docs at /api/v1/docs.

Apps add their routers here, imported by name: a missing module stops the project at start-up instead of
being skipped (the endpoints it serves would silently vanish from the API and its schema).
"""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Swagger

from certificates.api import router as certificates_router
from courses.api import router as courses_router
from courses.quizzes.api import router as quizzes_router
from lms.people.api import router as people_router

api = NinjaAPI(
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


@api.exception_handler(Http404)
def not_found(request, exc):
    """A missing object (or someone else's) answers the documented refusal body, like every other refusal,
    not django-ninja's own `{"detail": "Not Found"}`."""
    return api.create_response(request, {"code": "not_found", "message": _("Not found.")}, status=404)
