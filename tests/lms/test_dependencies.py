"""Dependencies point one way (DESIGN.md): the handbook and the site shell know no domain app.

Courses may link to handbook pages and register panels on the home page through cms_site's hooks; the other
way round would tie the book and the site to the training rules. Read from the source, so an import inside a
function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DOMAIN_APPS = ("courses", "certificates", "lms.people", "lms.reports")


def _imported_modules(path: Path, package: str) -> set[str]:
    """Every module a file imports, relative imports resolved against its package."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            modules.add(module)
            # `from lms import people` imports the app as a name.
            modules.update(f"{module}.{alias.name}" for alias in node.names)
    return modules


def _domain_imports(app: str) -> list[str]:
    found = []
    for path in sorted((ROOT / app).rglob("*.py")):
        package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
        for module in sorted(_imported_modules(path, package)):
            if any(module == domain or module.startswith(f"{domain}.") for domain in DOMAIN_APPS):
                found.append(f"{path.relative_to(ROOT)}: {module}")
    return found


@pytest.mark.parametrize("app", ["handbook", "cms_site"])
def test_the_handbook_and_the_site_shell_import_no_domain_app(app):
    assert _domain_imports(app) == []


def test_the_check_sees_a_domain_import(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        "from lms.people.selectors import role_names\nfrom lms import people\nimport courses.models\n"
        "from ..courses import services\n"
    )
    assert _imported_modules(source, "app.sub") >= {
        "lms.people.selectors",
        "lms.people",
        "courses.models",
        "app.courses.services",
    }


SHARED_TEMPLATES = ("lms/templates", "cms_site/templates", "handbook/templates")
DOMAIN_URL_NAMESPACES = ("courses", "quizzes", "attendance", "nominations", "certificates", "reports")


def _template_dependencies() -> list[str]:
    """Tag libraries of domain apps loaded, and domain URLs reversed, by the shared templates."""
    import re

    from django.template import engines

    libraries = engines["django"].engine.libraries  # {name: dotted path of the module}
    found = []
    for folder in SHARED_TEMPLATES:
        for path in sorted((ROOT / folder).rglob("*.html")):
            text = path.read_text()
            for names in re.findall(r"{%\s*load\s+([^%]+?)\s*%}", text):
                for name in names.split():
                    if libraries.get(name, "").startswith(("courses", "certificates", "lms.reports")):
                        found.append(f"{path.relative_to(ROOT)}: {{% load {name} %}}")
            for namespace in re.findall(r"{%\s*url\s+['\"]([a-z_]+):", text):
                if namespace in DOMAIN_URL_NAMESPACES:
                    found.append(f"{path.relative_to(ROOT)}: {{% url '{namespace}:...' %}}")
    return found


def test_the_shared_templates_load_no_domain_tags_and_link_no_domain_url():
    """The site's frame (base.html) gets the domain apps' header links through cms_site.account's hook."""
    assert _template_dependencies() == []
