"""The public section seeded as `seed_demo` seeds it: partnerships, pages, area contacts,
the open course and a demo employer."""

from __future__ import annotations

import pytest

LANDING = "/spot-the-signs/"
FINDER = "/spot-the-signs/report-a-concern/"
AREAS = FINDER + "areas/"
COURSE = "/spot-the-signs/spotting-the-signs/"


@pytest.fixture
def public_site(home_page):
    """Every seeded partnership, and the public section's demo content."""
    from cms.public.seed import seed_public
    from learning.people.seed import seed_organisations

    seed_organisations()
    seed_public(home=home_page)
    return home_page


@pytest.fixture
def open_course(public_site):
    from cms.public.models import OpenCoursePage

    return OpenCoursePage.objects.get(slug="spotting-the-signs")


def section_urls() -> list[str]:
    """Every address in the section a visitor can reach by following links."""
    from cms.public.models import OpenCoursePage, SpotTheSignsSectionPage

    urls = [LANDING, FINDER, AREAS, COURSE]
    urls += [page.url for page in SpotTheSignsSectionPage.objects.live()]
    course = OpenCoursePage.objects.get(slug="spotting-the-signs")
    urls += [f"{COURSE}lessons/{lesson.slug}/" for lesson in course.lessons()]
    urls.append(COURSE + "final-check/")
    return urls
