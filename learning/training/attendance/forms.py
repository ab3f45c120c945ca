"""The sign-in sheet upload form."""

from __future__ import annotations

from django import forms

#: A sign-in sheet is a few hundred lines at most; anything far bigger is the wrong file.
SHEET_MAX_BYTES = 512 * 1024


class SignInSheetForm(forms.Form):
    sheet = forms.FileField(
        label="Upload a sign-in sheet",
        help_text="A CSV file with the columns email and attendance (attended, partial, did "
        "not attend or cancelled late). If any line has a problem, nothing is saved.",
        error_messages={"required": "Choose a CSV file to upload"},
    )

    def clean_sheet(self) -> str:
        upload = self.cleaned_data["sheet"]
        if upload.size > SHEET_MAX_BYTES:
            raise forms.ValidationError("The file must be smaller than 512 KB")
        raw = upload.read()
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError as error:
                raise forms.ValidationError(
                    "The file must be a CSV saved as text (UTF-8)"
                ) from error
