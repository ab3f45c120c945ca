"""A course submitted for approval as one unit.

Wagtail's workflow runs on one page: the course. The lessons that changed go along with
it: their revisions at the moment of submission are recorded here, and approving the
course publishes them too (receivers.py), so the approver approves once.
"""

from __future__ import annotations

from django.db import models

from wagtail.models import Revision, WorkflowState


class CourseSubmission(models.Model):
    workflow_state = models.OneToOneField(
        WorkflowState, on_delete=models.CASCADE, related_name="course_submission"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="submissions"
    )
    note = models.TextField(blank=True)
    lesson_revisions = models.ManyToManyField(Revision, blank=True, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return f"{self.course.title} (submitted {self.submitted_at:%-d %B %Y})"
