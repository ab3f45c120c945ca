"""The course and lesson editors' forms: what a trainer's input must satisfy beyond each
field, and the address (slug) made for them."""

from __future__ import annotations

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

# The Promote tab's fields, kept as they were when the tab is hidden (see PromotePanels).
PROMOTE_FIELDS = ("slug", "seo_title", "search_description", "show_in_menus")


def may_publish(user) -> bool:
    return bool(user) and PagePermissionPolicy().user_has_permission(user, "publish")


class PromotePanels(ObjectList):
    """The Promote tab (address, search-engine title, menus) only for those who publish:
    trainers found it confusing, and the address is made from the title for them."""

    class BoundPanel(ObjectList.BoundPanel):
        def is_shown(self) -> bool:
            return may_publish(self.request.user) and super().is_shown()


def course_edit_handler(content_panels, promote_panels) -> TabbedInterface:
    return TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            PromotePanels(promote_panels, heading="Promote"),
        ]
    )


def _panel_locations(panel, tab=None, section=None, out=None) -> dict:
    """Map each field and inline relation to (tab heading, tab id, section heading, label),
    walking the edit handler as Wagtail renders it (tab ids are `tab-<identifier>`)."""
    out = {} if out is None else out
    children = getattr(panel, "children", None) or []
    if isinstance(panel, TabbedInterface):
        for child, identifier in zip(children, panel.child_identifiers, strict=False):
            _panel_locations(child, (child.heading, identifier), None, out)
        return out
    name = getattr(panel, "relation_name", None) or getattr(panel, "field_name", None)
    if name and name not in out:
        out[name] = (tab, section, getattr(panel, "heading", "") or getattr(panel, "label", ""))
    for child in children:
        heading = section
        if getattr(child, "children", None) and child.heading:
            heading = child.heading
        _panel_locations(child, tab, heading, out)
    return out


class _LinkedError(SafeString):
    """An error whose tab link survives Wagtail's message, which prefixes each error with
    `label + error` (plain string concatenation would drop the HTML's safety)."""

    def __radd__(self, other: str) -> _LinkedError:
        return _LinkedError(conditional_escape(other) + str.__str__(self))


class ErrorLocationsPageForm(WagtailAdminPageForm):
    """When saving fails, each error is named with its section and its tab, linked, in the
    message at the top: a trainer on one tab would not otherwise find an error on another,
    and would think their work was lost."""

    def is_valid(self) -> bool:
        valid = super().is_valid()
        if not valid and not getattr(self, "_errors_located", False):
            self._errors_located = True
            for message in self.error_locations():
                self.add_error(None, message)
        return valid

    def error_locations(self) -> list[str]:
        try:
            locations = _panel_locations(self._meta.model.get_edit_handler())
        except AttributeError:
            return []
        found = []
        for name, errors in list(self.errors.items()):
            if name in locations:
                tab, section, label = locations[name]
                if not label and name in self.fields:
                    label = self.fields[name].label
                found += [self._located((tab, section, label), None, e) for e in errors]
        for name, formset in getattr(self, "formsets", {}).items():
            if name not in locations:
                continue
            noun = str(formset.model._meta.verbose_name).capitalize()
            for e in formset.non_form_errors():
                found.append(self._located(locations[name], None, e))
            for n, form_errors in enumerate(formset.errors, 1):
                for field, errors in form_errors.items():
                    label = f"{noun} {n}"
                    if field in formset.forms[n - 1].fields and field != "__all__":
                        label += f" › {formset.forms[n - 1][field].label}"
                    found += [self._located(locations[name], label, e) for e in errors]
        return found

    @staticmethod
    def _located(location, item: str | None, error: str) -> str:
        tab, section, label = location
        where = " › ".join(str(p) for p in (section, label, item) if p)
        if tab is None:
            return format_html("{}: {}", where, error)
        heading, identifier = tab
        return _LinkedError(
            format_html(
                '{}: {} (on the <a href="#tab-{}">{} tab</a>)', where, error, identifier, heading
            )
        )


class GeneratedSlugPageForm(ErrorLocationsPageForm):
    """The slug is made from the title (unique among the page's siblings) when none is
    given, and a page's own slug and promote settings are kept when the tab is hidden."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def _available_slug(self, title: str) -> str:
        base = slugify(title)[:240] or "page"
        slug, n = base, 2
        while not Page._slug_is_available(slug, self.parent_page, self.instance):
            slug, n = f"{base}-{n}", n + 1
        return slug

    def clean(self):
        cleaned = self.cleaned_data
        hidden = not may_publish(getattr(self, "for_user", None))
        if hidden and self.instance.pk:
            for name in PROMOTE_FIELDS:
                if name not in self.data and name in self.fields:
                    cleaned[name] = getattr(self.instance, name)
        if not cleaned.get("slug") and "slug" not in self.errors:
            if self.instance.pk and self.instance.slug:
                cleaned["slug"] = self.instance.slug
            elif cleaned.get("title"):
                cleaned["slug"] = self._available_slug(cleaned["title"])
        return super().clean()


class LessonPageForm(GeneratedSlugPageForm):
    pass


class CoursePageForm(GeneratedSlugPageForm):
    def clean(self):
        """A question's "lesson that teaches this" must be one of this course's own
        lessons: the choice lists every course's lessons, grouped by course."""
        cleaned = super().clean()
        bank = cleaned.get("assessment_questions")
        if not bank:
            return cleaned
        course = self.instance
        slugs = set()
        if course.pk:
            slugs = {lesson.slug for lesson in course.get_children()}
        wrong = [
            str(n)
            for n, child in enumerate(bank, 1)
            if child.value.get("topic") and child.value["topic"] not in slugs
        ]
        if wrong:
            self.add_error(
                "assessment_questions",
                f"Question {', '.join(wrong)}: choose one of this course's lessons as the "
                "lesson that teaches it.",
            )
        return cleaned
