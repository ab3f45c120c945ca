"""Local inserts show the reader's own partnership's version of a thing: the signed-in
learner's partnership first, else the partnership of the site they came to; and a plain
sentence, never an empty box, where the partnership has not said."""

from __future__ import annotations

import pytest

from django.core.cache import cache
from django.test import Client

from cms.home.models import SiteSettings
from courses.catalogue.rendering import lesson_body_cache_key
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

from .helpers import insert_links, insert_text

pytestmark = pytest.mark.django_db

GCP2 = "Graded Care Profile 2 (GCP2)"
WECAN = "Wolverhampton Children's Assessment of Neglect (WeCAN)"


def _page(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _html(url: str, user=None, *, host: str = "localhost") -> str:
    response = _page(user).get(url, headers={"host": host})
    assert response.status_code == 200
    return response.content.decode()


def _lesson_html(inserts, user=None) -> str:
    return _html(inserts.lesson.url, user)


def test_learner_sees_their_own_partnerships_tool_not_the_sites(inserts):
    html = _lesson_html(inserts, inserts.heron_learner)

    text = insert_text(html, "assessment_tool")
    assert WECAN in text
    assert "Heron Safeguarding Partnership" in text
    assert GCP2 not in text
    assert "Start a WeCAN assessment wherever neglect may be a factor." in text


def test_learner_of_the_sites_partnership_sees_its_tool_with_its_link(inserts):
    html = _lesson_html(inserts, inserts.kestrel_learner)

    assert GCP2 in insert_text(html, "assessment_tool")
    assert WECAN not in insert_text(html, "assessment_tool")
    assert insert_links(html, "assessment_tool") == ["https://kestrel.example/gcp2"]


def test_anonymous_reader_sees_the_partnership_of_the_site_they_came_to(inserts):
    # Briefings are public; each site shows its own partnership's threshold document.
    on_default = _html(inserts.briefing.url)
    on_heron = _html(inserts.briefing.url, host="heron.localhost")

    assert "Kestrel Safeguarding Partnership has not added its threshold document" in (
        insert_text(on_default, "threshold_document")
    )
    assert GCP2 in insert_text(on_default, "assessment_tool")
    assert "Heron thresholds of need" in insert_text(on_heron, "threshold_document")
    assert insert_links(on_heron, "threshold_document") == ["https://heron.example/thresholds"]
    assert WECAN in insert_text(on_heron, "assessment_tool")


def test_briefing_learner_sees_their_own_partnerships_links_on_any_site(inserts):
    html = _html(inserts.briefing.url, inserts.heron_learner)

    assert "Heron thresholds of need" in insert_text(html, "threshold_document")
    assert WECAN in insert_text(html, "assessment_tool")


def test_front_door_numbers_come_from_the_partnerships_area_contacts(inserts):
    text = insert_text(_lesson_html(inserts, inserts.heron_learner), "front_door")

    assert "Heron Town: Heron front door" in text
    assert "In office hours: 01234 567890" in text
    assert "Out of hours: 01234 000999" in text


def test_missing_value_says_to_ask_the_safeguarding_lead(inserts):
    html = _lesson_html(inserts, inserts.kestrel_learner)

    # Kestrel keeps no escalation policy and no area contacts.
    assert insert_text(html, "escalation_policy") == (
        "Kestrel Safeguarding Partnership has not added its escalation policy here yet. "
        "Ask your safeguarding lead, or check your partnership's website."
    )
    assert "has not added its front-door numbers here yet" in insert_text(html, "front_door")


def test_missing_value_links_the_partnerships_website_when_known(inserts):
    heron = inserts.heron
    heron.local_arrangements.escalation_policy_title = ""
    heron.local_arrangements.escalation_policy_url = ""
    heron.local_arrangements.save()

    html = _lesson_html(inserts, inserts.heron_learner)

    assert "Ask your safeguarding lead, or check Heron Safeguarding Partnership's website" in (
        insert_text(html, "escalation_policy")
    )
    assert insert_links(html, "escalation_policy") == ["https://heron.example/"]


def test_partnership_without_arrangements_gets_the_fallback_not_an_empty_box(inserts):
    newcomer = UserFactory(agency=AgencyFactory(partnership=PartnershipFactory(name="Owl SCP")))

    text = insert_text(_lesson_html(inserts, newcomer), "assessment_tool")

    assert text == (
        "The tool your partnership uses: Owl SCP has not added its assessment tool here yet. "
        "Ask your safeguarding lead, or check your partnership's website."
    )


def test_reader_with_no_partnership_anywhere_gets_general_advice(inserts):
    site_settings = SiteSettings.objects.get(site__is_default_site=True)
    site_settings.partnership = None
    site_settings.save()
    no_agency = UserFactory(agency=None)

    for html in (_lesson_html(inserts, no_agency), _html(inserts.briefing.url)):
        text = insert_text(html, "assessment_tool")
        assert "Ask your safeguarding lead about your local assessment tool" in text
        assert GCP2 not in text and WECAN not in text


def test_readers_of_two_partnerships_one_after_the_other_each_see_their_own(inserts):
    lesson = inserts.lesson
    first = _lesson_html(inserts, inserts.kestrel_learner)
    assert cache.get(lesson_body_cache_key(page=lesson)) is not None, "body should be cached"

    second = _lesson_html(inserts, inserts.heron_learner)
    third = _lesson_html(inserts, inserts.kestrel_learner)

    assert GCP2 in insert_text(first, "assessment_tool")
    assert WECAN in insert_text(second, "assessment_tool")
    assert WECAN not in insert_text(third, "assessment_tool")
    assert GCP2 in insert_text(third, "assessment_tool")
    # The shared text still comes from the cache for everyone.
    assert "Every partnership uses a tool" in second


def test_several_inserts_cost_a_bounded_number_of_queries(inserts, django_assert_max_num_queries):
    client = _page(inserts.heron_learner)
    client.get(inserts.lesson.url)  # warm the body cache and the session
    with django_assert_max_num_queries(40) as captured:
        client.get(inserts.lesson.url)
    arrangement_reads = [
        q for q in captured.captured_queries if "cms_localarrangements" in q["sql"]
    ]
    # One read per kind of insert on the page (two of the three read the arrangements).
    assert len(arrangement_reads) == 2


def test_briefing_pdf_prints_the_readers_own_links(inserts, tmp_path):
    """The one-page PDF lists the key links as the page does: the reader's own threshold
    document, and the plain sentence where their partnership has none."""
    from tests.pdf_checks import pdf_facts

    pdf_url = inserts.briefing.url + "pdf/"
    heron = _page(inserts.heron_learner).get(pdf_url)
    kestrel = _page(inserts.kestrel_learner).get(pdf_url)

    heron_text = " ".join(pdf_facts(heron.content, tmp_path, "heron.pdf").text.split())
    kestrel_text = " ".join(pdf_facts(kestrel.content, tmp_path, "kestrel.pdf").text.split())
    assert "Heron thresholds of need" in heron_text
    assert "Heron thresholds of need" not in kestrel_text
    assert "has not added its threshold document here yet" in kestrel_text
