"""Forms for a learner's own records about a briefing (reflections, team-meeting use,
the digest)."""

from __future__ import annotations

from django import forms

from learning.briefings.services import REFLECTION_MAX_LENGTH, TEAM_MAX_COLLEAGUES


class BriefingReflectionsForm(forms.Form):
    """One optional free-text answer per reflection question, private to the learner."""

    def __init__(self, *args, questions: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        for position, question in enumerate(questions, 1):
            self.fields[f"answer_{position}"] = forms.CharField(
                label=f"{position}. {question}",
                required=False,
                max_length=REFLECTION_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                error_messages={
                    "max_length": f"Answer {position} must be {REFLECTION_MAX_LENGTH} "
                    "characters or fewer"
                },
            )

    def answers(self) -> dict[int, str]:
        return {
            int(name.removeprefix("answer_")): value
            for name, value in self.cleaned_data.items()
            if name.startswith("answer_")
        }


class NativeDateInput(forms.DateInput):
    """The browser's own date picker; it submits ISO dates (2026-03-27)."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class BriefingTeamUseForm(forms.Form):
    used_on = forms.DateField(
        label="Date of the team meeting",
        widget=NativeDateInput(),
        error_messages={
            "required": "Enter the date of the team meeting",
            "invalid": "The meeting date must be a real date",
        },
    )
    colleagues = forms.IntegerField(
        label="How many colleagues were there?",
        min_value=1,
        max_value=TEAM_MAX_COLLEAGUES,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Enter the number of colleagues",
            "invalid": "The number of colleagues must be a whole number",
            "min_value": "The number of colleagues must be 1 or more",
            "max_value": f"The number of colleagues must be {TEAM_MAX_COLLEAGUES} or fewer",
        },
    )


class BriefingDigestForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label="Topics",
        help_text="Leave all unticked to hear about every new briefing.",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose topics from the list"},
    )

    def __init__(self, *args, topic_choices: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = topic_choices
