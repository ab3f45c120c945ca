"""Forms for booking (the learner's, and an organiser's on someone's behalf)."""

from __future__ import annotations

from django import forms

from learning.training.models import TrainingSession


class BookingForm(forms.Form):
    """The learner's booking: a line manager's email when the event needs approval."""

    manager_email = forms.EmailField(
        label="Your line manager's email address",
        required=False,
        help_text="We email them a link to approve or decline your booking. They do not "
        "need an account.",
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.org"
        },
    )

    def __init__(self, *args, needs_approval: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.needs_approval = needs_approval
        if not needs_approval:
            del self.fields["manager_email"]

    def clean_manager_email(self) -> str:
        email = self.cleaned_data.get("manager_email", "")
        if self.needs_approval and not email:
            raise forms.ValidationError("Enter your line manager's email address")
        return email


class OnBehalfForm(forms.Form):
    learner = forms.ModelChoiceField(
        queryset=None,
        label="Person to book",
        error_messages={
            "required": "Choose the person to book",
            "invalid_choice": "Choose someone in your agency or partnership",
        },
    )

    def __init__(self, *args, learners, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["learner"].queryset = learners


class MoveForm(forms.Form):
    booking = forms.IntegerField(widget=forms.HiddenInput)
    to_session = forms.ModelChoiceField(
        queryset=None,
        label="Move to session",
        error_messages={"required": "Choose the session to move to"},
    )

    def __init__(self, *args, sessions, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_session"].queryset = sessions


class SessionCancelForm(forms.Form):
    reason = forms.CharField(
        label="Why is the session cancelled?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": "Say why the session is cancelled"},
        help_text="Everyone booked gets this in their email.",
    )


def sessions_to_move_to(session: TrainingSession):
    return TrainingSession.objects.filter(
        event_id=session.event_id, cancelled_at__isnull=True
    ).exclude(pk=session.pk)
