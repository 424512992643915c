"""Spreadsheet imports, shared by every import of the project (directory, bulk enrolment, meeting reports,
question bank, and those to come).

- `reading`: XLSX/CSV into rows of text, streamed, with a row limit and clear errors (`read_table`, `TableError`).
- `results`: the outcome of each row (`RowResult`, `ImportReport`) and `field_errors`, which checks a value
  against the model field it will be written to, so that what a preview accepts the write accepts.
- `store`: the private store that keeps an upload between its preview and its confirmation.
- `forms`: the one upload field (`SpreadsheetField`, size limit `IMPORT_MAX_UPLOAD_BYTES`) and form.
- `views`: the preview-then-confirm view (`PreviewThenConfirmView`, `ReportImportView`) and its templates
  (`imports/admin/*.html`).

The package imports no app of the project: importers hand it their aliases, models and callables.
"""
