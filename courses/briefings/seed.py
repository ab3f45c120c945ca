"""Demo 7-minute briefings from courses/seed_content/briefings.py, published under
/briefings/. Idempotent, and safe in any order with the course seed: related courses are
linked by slug whenever those course pages exist (running again links late arrivals)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from wagtail.models import Page

from courses.briefings.models import BriefingIndexPage, BriefingPage, BriefingRelatedCourse
from courses.briefings.seed_content import BRIEFINGS
from courses.catalogue.models import CoursePage

SECTION_KEYS = (
    "background",
    "why_it_matters",
    "findings",
    "good_practice",
    "areas_for_development",
    "actions",
)

INDEX_INTRODUCTION = (
    "Learning from audits, case reviews and practice guidance, in the time it takes to read "
    "it aloud at a team meeting. Read one, reflect on the questions and take it to your team."
)


def briefing_index_ensure(*, home: Page) -> BriefingIndexPage:
    index = BriefingIndexPage.objects.child_of(home).first()
    if index is None:
        index = BriefingIndexPage(
            title="7-minute briefings", slug="briefings", introduction=INDEX_INTRODUCTION
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _page_fields(data: dict) -> dict:
    fields = {key: data[key] for key in SECTION_KEYS}
    fields.update(
        title=data["title"],
        briefing_type=data["briefing_type"],
        date=dt.date.fromisoformat(data["date"]),
        review_by=dt.date.fromisoformat(data["review_by"]) if data.get("review_by") else None,
        summary=data["summary"],
        reflection_questions=[("question", q) for q in data["reflection_questions"]],
        key_links=[("link", {"title": k["title"], "url": k["url"]}) for k in data["key_links"]],
        sources=[
            ("source", {"title": s["title"], "url": s.get("url", "")}) for s in data["sources"]
        ],
    )
    return fields


def seed_briefings(*, home: Page, owner=None) -> list[BriefingPage]:
    """Publish every seed briefing once; link related courses that exist by now."""
    pages = []
    with transaction.atomic():
        index = briefing_index_ensure(home=home)
        for data in BRIEFINGS:
            page = BriefingPage.objects.child_of(index).filter(slug=data["slug"]).first()
            courses = sorted(
                CoursePage.objects.filter(slug__in=data["related_courses"]),
                key=lambda course: data["related_courses"].index(course.slug),
            )
            if page is None:
                page = BriefingPage(slug=data["slug"], owner=owner, **_page_fields(data))
                page.topics.add(*data["topics"])
                page.related_course_links = [BriefingRelatedCourse(course=c) for c in courses]
                index.add_child(instance=page)
                page.save_revision(user=owner).publish()
            elif missing := [c for c in courses if c not in set(page.related_courses)]:
                page.related_course_links.add(*[BriefingRelatedCourse(course=c) for c in missing])
                page.save()
                page.save_revision(user=owner).publish()
            pages.append(page)
    return pages
