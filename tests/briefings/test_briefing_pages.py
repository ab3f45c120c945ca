"""The briefing page, its one-page PDF and the /briefings/ catalogue."""

from __future__ import annotations

import re
import subprocess

import pytest

from courses.briefings.models import SECTIONS, BriefingPage
from courses.briefings.seed_content import BRIEFINGS

pytestmark = pytest.mark.django_db

HEADINGS = [heading for _key, heading in SECTIONS]


def _pdf_info(pdf: bytes, tmp_path) -> tuple[int, str]:
    path = tmp_path / "briefing.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return pages, text


def test_seeded_briefing_renders_every_section_in_order(client, audit_briefing):
    response = client.get("/briefings/multi-agency-audit-neglect/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Multi-agency audit: neglect" in html
    positions = [html.index(f"</span> {heading}</h2>") for heading in HEADINGS]
    assert positions == sorted(positions)
    # Each section's own content is there, not just its heading.
    assert "randomly selected" in html  # background
    assert "Was the impact of neglect on the child understood?" in html  # why it matters
    assert "Interpreters were not used consistently" in html  # areas for development
    assert "Have you used an interpreter whenever one was needed?" in html  # questions
    assert "Walsall Safeguarding Partnership 7-minute briefing" in html  # its source


def test_seeded_briefing_pdf_is_one_a4_page_with_title_and_every_heading(
    client, audit_briefing, tmp_path
):
    response = client.get("/briefings/multi-agency-audit-neglect/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pages, text = _pdf_info(response.content, tmp_path)
    assert pages == 1
    assert "Multi-agency audit: neglect" in text
    flat = " ".join(text.split())
    for heading in HEADINGS:
        assert heading in flat, heading


@pytest.mark.parametrize("slug", [b["slug"] for b in BRIEFINGS])
def test_every_seed_briefing_prints_on_one_page(client, briefings, slug, tmp_path):
    pages, text = _pdf_info(client.get(f"/briefings/{slug}/pdf/").content, tmp_path)
    assert pages == 1, f"{slug} runs to {pages} pages"


def test_too_long_briefing_runs_to_two_pages_and_the_preview_warns(
    client, audit_briefing, tmp_path
):
    audit_briefing.findings = "<p>" + "Practitioners recorded a finding. " * 900 + "</p>"
    audit_briefing.save_revision()
    pages, text = _pdf_info(
        client.get("/briefings/multi-agency-audit-neglect/pdf/").content, tmp_path
    )
    assert pages == 1  # the live version is unchanged until the draft is published

    draft = audit_briefing.get_latest_revision_as_object()
    preview = draft.make_preview_request(preview_mode="")
    assert "too long for one printed page" in preview.content.decode()
    pdf_preview = draft.make_preview_request(preview_mode="pdf")
    pages, text = _pdf_info(pdf_preview.content, tmp_path)
    assert pages >= 2
    # Never truncated: the last section is still printed in full.
    assert "Questions to reflect on" in " ".join(text.split())


def test_short_briefing_preview_has_no_length_warning(audit_briefing):
    preview = audit_briefing.make_preview_request(preview_mode="")
    assert "too long for one printed page" not in preview.content.decode()


def test_catalogue_lists_newest_first(client, briefings):
    html = client.get("/briefings/").content.decode()
    older = html.index("Multi-agency audit: neglect")  # 2021
    newer = html.index("Disguised compliance")  # 2026
    assert newer < older
    assert "5 briefings" in html


def test_catalogue_filters_by_topic(client, briefings):
    html = client.get("/briefings/", {"topic": "adolescents"}).content.decode()
    assert "Neglect of adolescents" in html
    assert "Multi-agency audit: neglect" not in html
    assert "1 briefing," in html


def test_catalogue_filters_by_type(client, briefings):
    html = client.get("/briefings/", {"type": "audit"}).content.decode()
    assert "Multi-agency audit: neglect" in html
    assert "Disguised compliance" not in html


def test_catalogue_full_text_search_finds_words_in_a_section(client, briefings):
    html = client.get("/briefings/", {"q": "interpreters"}).content.decode()
    assert "Multi-agency audit: neglect" in html
    assert "Neglect of adolescents" not in html


def test_catalogue_search_with_no_match_says_so(client, briefings):
    html = client.get("/briefings/", {"q": "zzyzx"}).content.decode()
    assert "No briefings match" in html


def test_unpublished_briefing_is_not_listed_or_served(client, briefings):
    briefings["disguised-compliance"].unpublish()
    assert "Disguised compliance" not in client.get("/briefings/").content.decode()
    assert client.get("/briefings/disguised-compliance/").status_code == 404


def test_briefing_page_queries_are_bounded(client, audit_briefing, django_assert_max_num_queries):
    client.get("/briefings/multi-agency-audit-neglect/")
    with django_assert_max_num_queries(30):
        client.get("/briefings/multi-agency-audit-neglect/")


def test_catalogue_queries_are_bounded(client, briefings, django_assert_max_num_queries):
    client.get("/briefings/")
    with django_assert_max_num_queries(25):
        client.get("/briefings/")


def test_related_courses_link_once_the_course_exists(client, home_page, briefings):
    from courses.briefings.seed import seed_briefings
    from courses.catalogue.models import CourseIndexPage, CoursePage

    page = BriefingPage.objects.get(slug="neglect-of-adolescents")
    assert page.related_courses.count() == 0
    catalogue = CourseIndexPage(title="Courses", slug="courses")
    home_page.add_child(instance=catalogue)
    course = CoursePage(
        title="Understanding child neglect", slug="understanding-child-neglect", summary="S"
    )
    catalogue.add_child(instance=course)
    course.save_revision().publish()

    seed_briefings(home=home_page)  # running the seed again links the late arrival

    html = client.get("/briefings/neglect-of-adolescents/").content.decode()
    assert "Related courses" in html
    assert 'href="/courses/understanding-child-neglect/"' in html
    assert BriefingPage.objects.filter(slug="neglect-of-adolescents").count() == 1


def test_pdf_follows_the_published_content(client, audit_briefing, tmp_path):
    client.get("/briefings/multi-agency-audit-neglect/pdf/")
    audit_briefing.title = "Multi-agency audit: neglect (revised)"
    audit_briefing.save_revision().publish()
    pages, text = _pdf_info(
        client.get("/briefings/multi-agency-audit-neglect/pdf/").content, tmp_path
    )
    assert "Multi-agency audit: neglect (revised)" in text
