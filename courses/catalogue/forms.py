"""The course editor's form: what a trainer's input must satisfy beyond each field."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
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
