"""Demo sharing: the default site's neglect course and one briefing are shared with every
partnership, so each partnership's catalogues list something from the start; the ACTION
course (Walsall's own campaign) stays local."""

from __future__ import annotations

from courses.briefings.models import BriefingPage
from courses.catalogue.models import CoursePage
from courses.sharing.models import Sharing

SHARED_COURSE_SLUGS = ("understanding-child-neglect",)
SHARED_BRIEFING_SLUGS = ("cumulative-neglect-and-start-again-syndrome",)


def seed_content_sharing() -> None:
    """Share the demo's shared pages with everyone; idempotent (a page already shared is
    left as it is)."""
    for model, slugs in ((CoursePage, SHARED_COURSE_SLUGS), (BriefingPage, SHARED_BRIEFING_SLUGS)):
        for page in model.objects.filter(slug__in=slugs, sharing=Sharing.LOCAL):
            page.sharing = Sharing.EVERYONE
            page.save_revision().publish()
