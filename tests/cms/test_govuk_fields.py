"""Every kind of Django widget renders as its GOV.UK component through `{% govuk_field %}`."""

from __future__ import annotations

import re

import pytest

from django import forms
from django.template import Context, Template

CHOICES = [("a", "Apple"), ("b", "Banana")]


class EveryWidgetForm(forms.Form):
    name = forms.CharField(help_text="Your full name")
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)
    count = forms.IntegerField()
    notes = forms.CharField(widget=forms.Textarea)
    agree = forms.BooleanField()
    colour = forms.ChoiceField(choices=CHOICES)
    fruit = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect)
    topics = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple)
    upload = forms.FileField()
    token = forms.CharField(widget=forms.HiddenInput)


def _render(form: forms.Form, name: str) -> str:
    return Template("{% load govuk %}{% govuk_field field %}").render(
        Context({"field": form[name]})
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("name", r'<input class="govuk-input[^"]*" id="id_name" name="name" type="text"'),
        ("email", r'<input class="govuk-input[^"]*" id="id_email" name="email" type="email"'),
        ("password", r'id="id_password" name="password" type="password"'),
        ("count", r'id="id_count" name="count" type="number"'),
        ("notes", r'<textarea class="govuk-textarea" id="id_notes" name="notes"'),
        ("agree", r'<div class="govuk-checkboxes govuk-checkboxes--small"'),
        ("colour", r'<select class="govuk-select" id="id_colour" name="colour"'),
        ("fruit", r'<div class="govuk-radios"'),
        ("upload", r'<input class="govuk-file-upload" id="id_upload" name="upload" type="file"'),
        ("token", r'<input type="hidden" name="token" id="id_token"'),
    ],
)
def test_each_widget_renders_as_its_govuk_component(name, expected):
    assert re.search(expected, _render(EveryWidgetForm(), name))


def test_multiple_choice_checkboxes_render_as_checkboxes_not_radios():
    """CheckboxSelectMultiple is a subclass of RadioSelect: it must still be checkboxes, so
    a learner can pick several topics and untick one."""
    html = _render(EveryWidgetForm(data={"topics": ["a", "b"]}), "topics")
    assert 'class="govuk-checkboxes"' in html
    assert 'type="radio"' not in html
    assert html.count('type="checkbox"') == 2
    assert html.count(" checked") == 2


def test_radio_errors_link_to_the_first_option():
    form = EveryWidgetForm(data={})
    summary = Template("{% load govuk %}{% govuk_error_summary form %}").render(
        Context({"form": form})
    )
    assert 'href="#id_fruit_0"' in summary
    assert 'href="#id_topics_0"' in summary
    assert 'href="#id_name"' in summary
