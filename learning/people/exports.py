"""Spreadsheets that are safe to open: the one rule every CSV and XLSX export uses.

A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by
Excel, LibreOffice and Google Sheets as a formula, so a learner who names themselves
`=HYPERLINK("http://evil.example","Click")` would put a live link (or worse, with DDE)
in a manager's spreadsheet. The OWASP rule is to prefix such text with a single quote,
which the spreadsheet shows as text: https://owasp.org/www-community/attacks/CSV_Injection

Only text is changed: numbers, dates and empty cells are written as they are, so a
negative figure in a numeric column stays a number. Wagtail report views mix in
`SafeSpreadsheetExportMixin` (Wagtail's own CSV and XLSX writers then receive safe
values); commands and other writers call `spreadsheet_safe` / `spreadsheet_safe_row`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl import Workbook

from django.http import HttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """`value`, with text that a spreadsheet would run as a formula made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row (column -> value) with every cell made safe."""
    return {key: spreadsheet_safe(value) for key, value in row.items()}


class SafeSpreadsheetExportMixin:
    """For Wagtail's `SpreadsheetExportMixin` views (`ReportView`, snippet listings): every
    value, and every heading, goes through `spreadsheet_safe` after Wagtail's own
    preparation and before its CSV or XLSX writer sees it."""

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field: str) -> str:
        return spreadsheet_safe(super().get_heading(queryset, field))


def spreadsheet_response(
    *,
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    filename: str,
    export_format: str,
) -> HttpResponse:
    """A CSV or XLSX download of plain rows (for views that are not Wagtail reports),
    every cell made safe by the same rule."""
    safe_rows = [[spreadsheet_safe(value) for value in row] for row in rows]
    safe_headings = [spreadsheet_safe(heading) for heading in headings]
    if export_format == "xlsx":
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title="Sheet1")
        sheet.append(safe_headings)
        for row in safe_rows:
            sheet.append(row)
        output = io.BytesIO()
        workbook.save(output)
        response = HttpResponse(
            output.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        output_text = io.StringIO()
        writer = csv.writer(output_text)
        writer.writerow(safe_headings)
        writer.writerows(safe_rows)
        response = HttpResponse(output_text.getvalue(), content_type="text/csv")
        export_format = "csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{export_format}"'
    return response
