"""The course and lesson editors' forms: what a trainer's input must satisfy beyond each
field, and the address (slug) made for them."""

from __future__ import annotations

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


class GeneratedSlugPageForm(WagtailAdminPageForm):
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
