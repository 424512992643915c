"""The JSON API (/api/v1/, django-ninja) with its OpenAPI schema at /api/v1/openapi.json, docs at /api/v1/docs.

Apps add their routers in `ROUTERS` (module path, attribute, mount prefix); a missing module is skipped.
"""

import importlib

from ninja import NinjaAPI, Swagger

api = NinjaAPI(
    title="Lớp học Truyền thông chính sách API",
    version="1",
    urls_namespace="api-v1",
    docs_url="/docs",
    # Swagger UI from django-ninja's own static files ("ninja" is an installed app), never a CDN; no
    # validator badge, which would send the schema to validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)

ROUTERS = [
    ("courses.api", "router", "/"),
    ("courses.quizzes.api", "router", "/"),
    ("certificates.api", "router", "/"),
]

for module_name, attribute, prefix in ROUTERS:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        continue
    api.add_router(prefix, getattr(module, attribute))
