"""Django form fields rendered as GOV.UK Frontend components.

Every form on the site goes through `{% govuk_field %}` and `{% govuk_error_summary %}`,
so errors look and behave the same everywhere (and link to the field they are about).
"""

from __future__ import annotations

from typing import Any

from django import forms, template

register = template.Library()


def _kind(field: forms.BoundField) -> str:
    widget = field.field.widget
    # CheckboxSelectMultiple subclasses RadioSelect, so it must be tested first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.FileInput):
        return "file"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


@register.inclusion_tag("components/field.html")
def govuk_field(field: forms.BoundField, **options: Any) -> dict[str, Any]:
    """Render one bound field; options: label_class, width (e.g. "govuk-input--width-10"),
    label_is_page_heading."""
    kind = _kind(field)
    widget = field.field.widget
    input_type = getattr(widget, "input_type", "text")
    describedby = []
    if field.help_text:
        describedby.append(f"{field.auto_id}-hint")
    if field.errors:
        describedby.append(f"{field.auto_id}-error")
    return {
        "field": field,
        "kind": kind,
        "input_type": input_type,
        "describedby": " ".join(describedby),
        "attrs": widget.attrs,
        "options": options,
        "value": field.value(),
    }


@register.inclusion_tag("components/error_summary.html")
def govuk_error_summary(*forms_: forms.BaseForm) -> dict[str, Any]:
    """List every error of the given forms, each linking to its field."""
    errors: list[dict[str, str]] = []
    for form in forms_:
        if form is None or not form.is_bound:
            continue
        errors.extend({"text": str(e), "href": ""} for e in form.non_field_errors())
        for name, field_errors in form.errors.items():
            if name == "__all__":
                continue
            bound = form[name] if name in form.fields else None
            target = f"#{bound.auto_id}" if bound is not None else ""
            if bound is not None and _kind(bound) in ("radios", "checkboxes"):
                target = f"#{bound.auto_id}_0"
            errors.extend({"text": str(e), "href": target} for e in field_errors)
    return {"errors": errors}


@register.filter
def is_selected(choice_value: Any, value: Any) -> bool:
    """True when a choice is among the field's current value(s)."""
    if value is None:
        return False
    values = value if isinstance(value, list | tuple) else [value]
    return str(choice_value) in {str(v) for v in values}
