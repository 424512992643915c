from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lms.imports.reading import TableError
from lms.people.services import import_organisations, preview_organisation_import


class Command(BaseCommand):
    help = "Import organisations from an XLSX or CSV file: valid rows in one transaction, bad rows reported."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Only show what would happen.")

    def handle(self, *args, file: Path, dry_run: bool, **options):
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            with file.open("rb") as handle:
                if dry_run:
                    report = preview_organisation_import(handle, file.name)
                else:
                    report = import_organisations(handle, file.name)
        except TableError as exc:
            raise CommandError(exc.message) from exc
        for row in report.errors:
            self.stderr.write(f"line {row.line}: {'; '.join(row.errors)}")
        summary = report.summary()
        self.stdout.write(
            ("Would import" if dry_run else "Imported")
            + f": {summary.get('create', 0)} created, {summary.get('update', 0)} updated, "
            f"{summary.get('unchanged', 0)} unchanged, {summary.get('error', 0)} rows with errors."
        )
