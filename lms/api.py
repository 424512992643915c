"""The JSON API (/api/v1/, django-ninja) with its OpenAPI schema at /api/v1/openapi.json.

Apps add their routers here, imported by name: a missing module stops the project at start-up instead of
being skipped (the endpoints it serves would silently vanish from the API and its schema).
"""

from ninja import NinjaAPI

from certificates.api import router as certificates_router
from courses.api import router as courses_router
from courses.quizzes.api import router as quizzes_router

api = NinjaAPI(
    title="Lớp học Truyền thông chính sách API",
    version="1",
    urls_namespace="api-v1",
    docs_url="/docs",
)

api.add_router("/", courses_router)
api.add_router("/", quizzes_router)
api.add_router("/", certificates_router)
