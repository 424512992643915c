"""Demo content of the site shell: home page text, standard pages ("about"), contact settings.

The text lives in `lms/demo/content/site/`: `_home.md` (the home page's intro), `_settings.md` (contact
details and footer), and one `NN-slug.md` per standard page under the home page.
"""

from __future__ import annotations

from typing import Any

from wagtail.models import Site

from lms.demo.files import Block, DemoContentError, numbered, read_document

from .models import HomePage, SiteSettings, StandardPage

CONTENT = "site"


def _block(block: Block) -> tuple[str, Any]:
    if block.kind == "heading":
        return (
            "heading",
            {"text": block.single_line(), "level": block.check(required=("level",)).fields["level"]},
        )
    if block.kind == "paragraph":
        return ("paragraph", block.check().html())
    raise DemoContentError(f"{block.where}: unknown page block “{block.kind}” (heading or paragraph).")


def load_site() -> dict[str, Any]:
    """The site's demo text read from its files."""
    home = read_document(CONTENT, "_home.md").check()
    settings = read_document(CONTENT, "_settings.md").check(required=("address", "phone", "email"))
    pages = []
    for slug, entry in numbered(CONTENT, suffix=".md"):
        page = read_document(base=entry).check(required=("title",), allowed=("intro",))
        pages.append(
            {
                "slug": slug,
                "title": page.meta["title"],
                "intro": page.meta.get("intro", ""),
                "body": [_block(block) for block in page.blocks],
            }
        )
    return {
        "home_intro": home.named_blocks("intro")["intro"].check().html(),
        "settings": {
            **settings.meta,
            "footer_text": settings.named_blocks("footer_text")["footer_text"].check().html(),
        },
        "pages": pages,
    }


def seed_site() -> None:
    home = HomePage.objects.first()
    if home is None:  # created by the cms_site migration
        return
    content = load_site()
    if not home.intro:
        home.intro = content["home_intro"]
        revision = home.save_revision()
        revision.publish()
    for data in content["pages"]:
        if not StandardPage.objects.filter(slug=data["slug"]).exists():
            page = StandardPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=data["body"],
                show_in_menus=True,
            )
            home.add_child(instance=page)
            page.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.email:
        for field, value in content["settings"].items():
            setattr(site_settings, field, value)
        site_settings.save()
