"""The evaluation form a learner (or a line manager) fills in, built from the authored
questions, and the learner's line manager's email."""

from __future__ import annotations

from typing import Any

from django import forms

from learning.evaluation.blocks import CONFIDENCE_LABELS

YES_NO = [("yes", "Yes"), ("no", "No")]


def answer_key(block_id: str, outcome: int | None = None) -> str:
    """How an answer is keyed in `EvaluationResponse.answers` (see blocks.py)."""
    return block_id if outcome is None else f"{block_id}:{outcome}"


class EvaluationAnswersForm(forms.Form):
    """One field per question (one per outcome for a confidence question). With
    `confidence_only`, just the confidence questions: the check before the training."""

    def __init__(self, *args: Any, questions, confidence_only: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.keys: dict[str, str] = {}
        for child in questions:
            value = child.value
            kind = child.block_type
            if kind == "confidence":
                for n, outcome in enumerate(value["outcomes"]):
                    self._add(
                        answer_key(child.id, n),
                        forms.TypedChoiceField(
                            label=outcome,
                            help_text=value["introduction"] if n == 0 else "",
                            choices=list(CONFIDENCE_LABELS.items()),
                            coerce=int,
                            widget=forms.RadioSelect,
                            error_messages={"required": f"Choose how confident you are: {outcome}"},
                        ),
                    )
            elif confidence_only:
                continue
            elif kind == "rating":
                choices = [(n, str(n)) for n in range(1, 6)]
                choices[0] = (1, f"1 – {value['lowest_label']}")
                choices[-1] = (5, f"5 – {value['highest_label']}")
                self._add(
                    answer_key(child.id),
                    forms.TypedChoiceField(
                        label=value["question"],
                        choices=choices,
                        coerce=int,
                        required=value["required"],
                        widget=forms.RadioSelect,
                        error_messages={"required": f"Choose a rating: {value['question']}"},
                    ),
                )
            elif kind == "text":
                self._add(
                    answer_key(child.id),
                    forms.CharField(
                        label=value["question"],
                        help_text=value.get("hint") or "",
                        required=value["required"],
                        max_length=2000,
                        widget=forms.Textarea(attrs={"rows": 4}),
                        error_messages={"required": f"Answer the question: {value['question']}"},
                    ),
                )
            elif kind == "yes_no":
                self._add(
                    answer_key(child.id),
                    forms.ChoiceField(
                        label=value["question"],
                        choices=YES_NO,
                        required=value["required"],
                        widget=forms.RadioSelect,
                        error_messages={"required": f"Choose yes or no: {value['question']}"},
                    ),
                )

    def _add(self, key: str, field: forms.Field) -> None:
        name = "q-" + key.replace(":", "-")
        self.fields[name] = field
        self.keys[name] = key

    def answers(self) -> dict[str, Any]:
        """The cleaned answers keyed as stored; unanswered optional questions left out."""
        return {
            self.keys[name]: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }


class LineManagerForm(forms.Form):
    line_manager_email = forms.EmailField(
        label="Your line manager's email address",
        required=False,
        help_text="Optional. Leave blank if you do not want us to contact them.",
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.org"
        },
    )
