"""Reading a CSV a person uploads (headcounts, practice indicator returns): the one rule
for "every error by its line, and one bad row rejects the whole file".

`csv_rows` reads the header and the rows; it never raises for bad content: problems are
returned as messages starting "Line N:", so an importer can check every row too and
reject the file with all its errors at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator


def csv_problem(error: csv.Error, *, kind: str) -> str:
    """Python's CSV error in words a person can act on."""
    if "field larger than field limit" in str(error):
        return (
            f"a value is longer than {csv.field_size_limit():,} characters; "
            f"check the file is a {kind} CSV."
        )
    return f"the file cannot be read as CSV ({error})."


def _numbered_rows(reader: csv.DictReader, errors: list[str], kind: str) -> Iterator:
    """The reader's rows with the line each started on; a line the CSV module cannot read
    stops the file there, with its line number in `errors` (so nothing is saved)."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # The underlying reader has counted the line it failed on; DictReader has not.
            errors.append(f"Line {reader.reader.line_num}: {csv_problem(error, kind=kind)}")
            return
        yield reader.line_num, row


def shown(text: str) -> str:
    """A value quoted in an error message, cut short so a huge field stays readable."""
    return text if len(text) <= 40 else text[:40] + "…"


def csv_rows(
    *, csv_text: str, columns: tuple[str, ...], kind: str
) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """The non-blank rows of `csv_text` as (line number, {column: stripped text}), and the
    problems found reading it (a missing column, a line that is not CSV)."""
    reader = csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff")))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as error:
        return [], [f"Line {reader.reader.line_num}: {csv_problem(error, kind=kind)}"]
    header = [h.strip().lower() for h in (fieldnames or [])]
    missing = [c for c in columns if c not in header]
    if missing:
        return [], [
            f"Line 1: the header must name the columns {', '.join(columns)} "
            f"(missing: {', '.join(missing)})."
        ]
    reader.fieldnames = header
    errors: list[str] = []
    rows = []
    for line, row in _numbered_rows(reader, errors, kind):
        cleaned = {k: (v or "").strip() for k, v in row.items() if k}
        if any(cleaned.values()):
            rows.append((line, cleaned))
    return rows, errors
