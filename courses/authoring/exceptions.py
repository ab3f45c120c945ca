"""What course authoring refuses (one shape with every rejection: courses.exceptions)."""

from courses.exceptions import ContentRejected


class CourseSubmissionRejected(ContentRejected):
    """A course cannot be submitted (already awaiting approval, or no workflow)."""


class LessonOrderRejected(ContentRejected):
    """A new lesson order was refused (not this course's lessons, or not allowed)."""


class CourseDuplicateRejected(ContentRejected):
    """A course could not be duplicated (no title, or the address is taken)."""


class DraftDiscardRejected(ContentRejected):
    """A draft could not be discarded (it is awaiting approval, or no longer a draft)."""
