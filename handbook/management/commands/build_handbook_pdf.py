"""Build the PDF edition of every live handbook (or one), now, in this process."""

from django.core.management.base import BaseCommand, CommandError

from handbook.models import HandbookPage
from handbook.services import build_handbook_edition


class Command(BaseCommand):
    help = (
        "Build the handbook's PDF edition for its current published state (nothing to do if already built)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--book", type=int, help="Id of one handbook page (default: every live handbook)."
        )
        parser.add_argument(
            "--force", action="store_true", help="Rebuild even if this published state is built."
        )

    def handle(self, *args, book=None, force=False, **options):
        books = HandbookPage.objects.live().order_by("path")
        if book is not None:
            books = books.filter(pk=book)
            if not books.exists():
                raise CommandError(f"No live handbook with id {book}.")
        for handbook in books:
            edition = build_handbook_edition(handbook, force=force)
            line = f"{handbook.title}: {edition.get_status_display()}"
            if edition.size:
                line += f", {edition.page_count} pages, {edition.size // 1024} KB ({edition.file.name})"
            if edition.error:
                line += f" – {edition.error}"
            self.stdout.write(line)
            if edition.status == edition.Status.FAILED:
                raise CommandError(f"The PDF of {handbook.title} could not be built.")
