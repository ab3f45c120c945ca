"""Forms of course authoring."""

from django import forms


class CourseSubmitForm(forms.Form):
    note = forms.CharField(
        label="Note for the approver (optional)",
        help_text="What changed, or anything the approver should check.",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


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
