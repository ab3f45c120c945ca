"""Forms of course authoring."""

from django import forms
from django.utils import timezone


class CourseSubmitForm(forms.Form):
    note = forms.CharField(
        label="Note for the approver (optional)",
        help_text="What changed, or anything the approver should check.",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    go_live_at = forms.DateTimeField(
        label="Publish on a date (optional)",
        help_text=(
            "The approver still has to approve the course. Once approved, the course and "
            "its lessons go live at this date and time, not before. Leave empty to go live "
            "as soon as it is approved. For example, 1/9/2027 09:00."
        ),
        required=False,
        input_formats=["%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        error_messages={
            "invalid": "Enter the date as day/month/year and a time, like 1/9/2027 09:00."
        },
    )

    def clean_go_live_at(self):
        value = self.cleaned_data["go_live_at"]
        if value is not None and value <= timezone.now():
            raise forms.ValidationError("The date to publish on must be in the future.")
        return value


class CourseDuplicateForm(forms.Form):
    title = forms.CharField(
        label="Title of the new course",
        max_length=255,
        error_messages={"required": "Enter a title for the new course."},
    )


class CourseApproveForm(forms.Form):
    comment = forms.CharField(
        label="Comment for the trainer (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
