"""Forms for verification, revocation and bulk download; errors name the field and rule."""

from __future__ import annotations

from django import forms

from certificates.codes import CODE_LENGTH, is_well_formed, normalise_code
from courses.catalogue.models import CoursePage


class VerifyForm(forms.Form):
    code = forms.CharField(
        label="Certificate code",
        help_text="The 12 letters and numbers printed under the QR code, for example "
        "ABCD-EFGH-JK23. Spaces and hyphens do not matter.",
        max_length=40,
        error_messages={"required": "Enter the certificate code"},
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if len(code) != CODE_LENGTH:
            raise forms.ValidationError(
                f"Certificate code must be {CODE_LENGTH} letters and numbers"
            )
        if not is_well_formed(code):
            raise forms.ValidationError(
                "Certificate code must only use the letters and numbers printed on "
                "certificates (there is no O, 0, I, 1, L, U or V)"
            )
        return code


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Why are you revoking this certificate?",
        help_text="The reason is recorded with your name and the time. The learner's "
        "verification page will say the certificate is revoked.",
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=10,
        max_length=1000,
        error_messages={
            "required": "Enter the reason for revoking the certificate",
            "min_length": "Reason must be at least 10 characters",
            "max_length": "Reason must be 1000 characters or fewer",
        },
    )


class ExportForm(forms.Form):
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.none(), required=False, empty_label="All courses"
    )
    agency = forms.ModelChoiceField(queryset=None, required=False, empty_label="All agencies")
    date_from = forms.DateField(
        label="Completed from",
        required=False,
        help_text="For example, 2026-04-01",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Completed from must be a real date, like 2026-04-01"},
    )
    date_to = forms.DateField(
        label="Completed to",
        required=False,
        help_text="For example, 2027-03-31",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Completed to must be a real date, like 2027-03-31"},
    )

    def __init__(self, *args, user, scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.order_by("title")
        self.fields["agency"].queryset = scope.agencies()

    def clean(self) -> dict:
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "Completed to must be the same as or after completed from")
        return data


class NameForm(forms.Form):
    first_name = forms.CharField(
        label="First name",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={
            "required": "Enter your first name",
            "max_length": "First name must be 150 characters or fewer",
        },
    )
    last_name = forms.CharField(
        label="Last name",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        error_messages={
            "required": "Enter your last name",
            "max_length": "Last name must be 150 characters or fewer",
        },
    )


class NameChangeDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Do you approve this change of name?",
        choices=[
            ("approve", "Yes, approve it and re-issue their certificates in the new name"),
            ("decline", "No, decline it"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether you approve the change of name"},
    )
    reason = forms.CharField(
        label="Reason for declining",
        help_text="Only if you decline. The learner sees this reason.",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Reason must be 1000 characters or fewer"},
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("decision") == "decline" and not data.get("reason", "").strip():
            self.add_error("reason", "Enter the reason for declining the change")
        return data
