"""Demo content for the public section: the pages, every seeded partnership's area
contacts, the open course and a demo employer. Idempotent (seed_demo runs it again)."""

from __future__ import annotations

from wagtail.models import Page

from cms.public.models import (
    AreaContact,
    OpenCoursePage,
    ReportConcernPage,
    SpotTheSignsPage,
    SpotTheSignsSectionPage,
)
from cms.public.seed_content import AREA_CONTACTS, LANDING, OPEN_COURSE, SECTION_PAGES
from courses.catalogue.models import CoursePage
from courses.catalogue.seed import catalogue_ensure, course_create
from learning.people.models import Partnership
from learning.public.models import Employer

LANDING_SLUG = "spot-the-signs"
FINDER_SLUG = "report-a-concern"
DEMO_EMPLOYER = {
    "partnership": "walsall",
    "name": "Midlands Gas Networks (demo)",
    "sector": "gas",
    "contact_name": "Safeguarding lead",
    "contact_email": "safeguarding@gas.example",
    "join_code": "GASDEMO1",
}

FINDER_SUMMARY = "Find the right children's services phone number by postcode."
FINDER_INTRO = (
    "<p>Call children's services for the area of the home you visited. That is the "
    "council where the home is, not where you live or work.</p>"
)
COURSE_INTRO = (
    "<p>A short course for people whose job takes them into family homes. Learn the "
    "signs of neglect and who to call.</p>"
)


def _source_lines(sources: list[dict]) -> str:
    return "\n".join(source["title"] for source in sources)


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_public_pages(*, home: Page) -> SpotTheSignsPage:
    landing = SpotTheSignsPage.objects.child_of(home).filter(slug=LANDING_SLUG).first()
    if landing is None:
        landing = _publish(
            home,
            SpotTheSignsPage(
                title=LANDING["title"],
                slug=LANDING_SLUG,
                intro=LANDING["intro"],
                action=[("letter", letter) for letter in LANDING["action"]],
                search_description="What neglect looks like from the doorstep, and who to call.",
            ),
        )
    for data in SECTION_PAGES:
        if not SpotTheSignsSectionPage.objects.child_of(landing).filter(slug=data["slug"]).exists():
            _publish(
                landing,
                SpotTheSignsSectionPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    body=list(data["body"]),
                    sources=_source_lines(data["sources"]),
                ),
            )
    if not ReportConcernPage.objects.child_of(landing).exists():
        _publish(
            landing,
            ReportConcernPage(
                title="Report a concern where you are",
                slug=FINDER_SLUG,
                summary=FINDER_SUMMARY,
                intro=FINDER_INTRO,
            ),
        )
    return landing


def seed_area_contacts() -> int:
    """Every seeded partnership's contacts; partnerships not in the database are skipped."""

    created = 0
    partnerships = {p.slug: p for p in Partnership.objects.all()}
    for entries in AREA_CONTACTS.values():
        for entry in entries:
            partnership = partnerships.get(entry["partnership"])
            if partnership is None:
                continue
            _contact, was_created = AreaContact.objects.get_or_create(
                partnership=partnership,
                area_name=entry["area_name"],
                defaults={
                    "service_name": entry["service_name"],
                    "phone_in_hours": entry["phone_in_hours"],
                    "phone_out_of_hours": entry["phone_out_of_hours"],
                    "web_form_url": entry["web_form_url"],
                    "link_kind": entry["link_kind"],
                    "postcode_districts": " ".join(entry["postcode_districts"]),
                    "source": entry["source"],
                },
            )
            created += int(was_created)
    return created


def seed_open_course(*, home: Page, landing: SpotTheSignsPage) -> OpenCoursePage:
    """The course, built by the courses app from OPEN_COURSE (lessons, knowledge checks,
    final-check bank), and its public page in the section."""

    index = catalogue_ensure(home=home)
    course = CoursePage.objects.child_of(index).filter(slug=OPEN_COURSE["slug"]).first()
    if course is None:
        course = course_create(index=index, data=OPEN_COURSE)
    page = OpenCoursePage.objects.child_of(landing).filter(slug=OPEN_COURSE["slug"]).first()
    if page is None:
        page = _publish(
            landing,
            OpenCoursePage(
                title=OPEN_COURSE["title"],
                slug=OPEN_COURSE["slug"],
                course=course,
                intro=COURSE_INTRO,
            ),
        )
    return page


def seed_demo_employer():
    partnership = Partnership.objects.filter(slug=DEMO_EMPLOYER["partnership"]).first()
    if partnership is None:
        return None
    employer, _ = Employer.objects.get_or_create(
        partnership=partnership,
        name=DEMO_EMPLOYER["name"],
        defaults={k: v for k, v in DEMO_EMPLOYER.items() if k not in ("partnership", "name")},
    )
    return employer


def seed_public(*, home: Page) -> None:
    landing = seed_public_pages(home=home)
    seed_area_contacts()
    seed_open_course(home=home, landing=landing)
    seed_demo_employer()
