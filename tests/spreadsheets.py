"""Spreadsheets as a person would upload them (raw openpyxl, no export neutralising), and reading exports back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet


def saved(book: Workbook) -> bytes:
    """The workbook's XLSX bytes."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_upload(rows: Iterable[Sequence], header: Sequence | None = None) -> bytes:
    """An XLSX file of one sheet: the header (if any), then the rows."""
    book = Workbook()
    if header is not None:
        book.active.append(list(header))
    for values in rows:
        book.active.append(list(values))
    return saved(book)


def csv_upload(rows: Iterable[Sequence], header: Sequence) -> bytes:
    """A UTF-8 CSV file: the header, then the rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def first_sheet(content: bytes) -> Worksheet:
    """The active sheet of an XLSX download."""
    return load_workbook(io.BytesIO(content)).active


def preview_upload(client, url: str, content: bytes, filename: str):
    """Upload a file to an import screen: the preview page (nothing is written yet)."""
    upload = io.BytesIO(content)
    upload.name = filename
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    return response
