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
from openpyxl.utils import get_column_letter

from django.http import HttpResponse

from wagtail.admin.views.mixins import ExcelDateFormatter

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """`value`, with text that a spreadsheet would run as a formula made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row (column -> value) with every cell made safe."""
    return {key: spreadsheet_safe(value) for key, value in row.items()}


# Excel forbids these in a sheet's name, and allows 31 characters.
_SHEET_TITLE_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def xlsx_sheet_title(title: str) -> str:
    """A name Excel accepts for a sheet ("Sheet1" tells the reader nothing)."""
    return " ".join(title.translate(_SHEET_TITLE_FORBIDDEN).split())[:31] or "Sheet1"


def xlsx_column_widths(rows: Sequence[Sequence[Any]]) -> list[float]:
    """Widths (in characters) that fit each column's longest cell, within reason: a
    spreadsheet opened with every column 8 characters wide hides names and dates."""
    widths: list[float] = []
    for row in rows:
        for index, value in enumerate(row):
            text = "" if value is None else str(value)
            length = 10 if hasattr(value, "isoformat") else len(text)
            if index >= len(widths):
                widths.append(0)
            widths[index] = max(widths[index], length)
    return [min(max(width + 2, 8), 60) for width in widths]


class SafeSpreadsheetExportMixin:
    """For Wagtail's `SpreadsheetExportMixin` views (`ReportView`, snippet listings): every
    value, and every heading, goes through `spreadsheet_safe` after Wagtail's own
    preparation and before its CSV or XLSX writer sees it. The XLSX sheet is named
    (`xlsx_sheet_title`, else the page title) and its columns sized to their contents."""

    xlsx_sheet_title: str = ""

    def preprocess_field_value(self, field: str, value: Any, export_format: str) -> Any:
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field: str) -> str:
        return spreadsheet_safe(super().get_heading(queryset, field))

    def write_xlsx(self, queryset, output) -> None:
        """Wagtail's writer, with a named sheet and column widths (set before any row, as
        openpyxl's write-only mode requires)."""
        workbook = Workbook(write_only=True, iso_dates=True)
        title = self.xlsx_sheet_title or getattr(self, "page_title", "") or ""
        sheet = workbook.create_sheet(title=xlsx_sheet_title(str(title)))
        headings = [self.get_heading(queryset, field) for field in self.list_export]
        date_format = ExcelDateFormatter().get()
        rows = [
            list(self.generate_xlsx_row(sheet, self.to_row_dict(item), date_format=date_format))
            for item in queryset
        ]
        values = [[cell.value for cell in row] for row in rows]
        for index, width in enumerate(xlsx_column_widths([headings, *values]), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.append(headings)
        for row in rows:
            sheet.append(row)
        workbook.save(output)


def spreadsheet_response(
    *,
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    filename: str,
    export_format: str,
    sheet_title: str = "",
) -> HttpResponse:
    """A CSV or XLSX download of plain rows (for views that are not Wagtail reports),
    every cell made safe by the same rule."""
    safe_rows = [[spreadsheet_safe(value) for value in row] for row in rows]
    safe_headings = [spreadsheet_safe(heading) for heading in headings]
    if export_format == "xlsx":
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=xlsx_sheet_title(sheet_title or filename))
        for index, width in enumerate(xlsx_column_widths([safe_headings, *safe_rows]), 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
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
