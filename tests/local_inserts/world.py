"""Two partnerships with different local arrangements (Kestrel uses GCP2; Heron uses
WeCAN and has a front door), and a shared lesson holding local inserts, on a default
site run by Kestrel."""

from __future__ import annotations

from types import SimpleNamespace

from wagtail.models import Site

from cms.home.models import SiteSettings
from cms.local_inserts.models import LocalArrangements
from cms.public.models import AreaContact
from courses.briefings.models import BriefingPage
from courses.briefings.seed import briefing_index_ensure
from tests.factories import (
    AgencyFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    PartnershipFactory,
    UserFactory,
)

LESSON_BODY = [
    ("text", "<p>Every partnership uses a tool to assess neglect.</p>"),
    ("local_insert", {"kind": "assessment_tool", "lead_in": "The tool your partnership uses:"}),
    ("local_insert", {"kind": "escalation_policy", "lead_in": ""}),
    ("local_insert", {"kind": "front_door", "lead_in": ""}),
]


def build_inserts(home_page) -> SimpleNamespace:
    kestrel = PartnershipFactory(name="Kestrel Safeguarding Partnership", slug="kestrel")
    heron = PartnershipFactory(
        name="Heron Safeguarding Partnership", slug="heron", website="https://heron.example/"
    )
    LocalArrangements.objects.create(
        partnership=kestrel,
        assessment_tool_name="Graded Care Profile 2 (GCP2)",
        assessment_tool_url="https://kestrel.example/gcp2",
    )
    LocalArrangements.objects.create(
        partnership=heron,
        assessment_tool_name="Wolverhampton Children's Assessment of Neglect (WeCAN)",
        assessment_tool_description="Start a WeCAN assessment wherever neglect may be a factor.",
        threshold_document_title="Heron thresholds of need",
        threshold_document_url="https://heron.example/thresholds",
        escalation_policy_title="Heron escalation policy",
        escalation_policy_url="https://heron.example/escalation",
    )
    AreaContact.objects.create(
        partnership=heron,
        area_name="Heron Town",
        service_name="Heron front door",
        phone_in_hours="01234 567890",
        phone_out_of_hours="01234 000999",
        postcode_districts="ZZ2",
    )
    default_site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(default_site)
    site_settings.partnership = kestrel
    site_settings.save()
    heron_site = Site.objects.create(
        hostname="heron.localhost", port=80, root_page=home_page, site_name="Heron"
    )
    heron_settings = SiteSettings.for_site(heron_site)
    heron_settings.partnership = heron
    heron_settings.save()

    index = CourseIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=index, title="Understanding neglect together")
    lesson = LessonPageFactory(parent=course, slug="tools", title="Tools", body=LESSON_BODY)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    briefing_index = briefing_index_ensure(home=home_page)
    briefing = BriefingPage(
        title="Learning from a neglect audit",
        slug="neglect-audit",
        findings="<p>Assessments were mostly single-agency.</p>",
        key_links=[
            ("link", {"title": "NSPCC Learning", "url": "https://learning.nspcc.org.uk/"}),
            ("local_insert", {"kind": "threshold_document", "lead_in": ""}),
            ("local_insert", {"kind": "assessment_tool", "lead_in": ""}),
        ],
    )
    briefing_index.add_child(instance=briefing)
    briefing.save_revision().publish()
    return SimpleNamespace(
        briefing=briefing,
        kestrel=kestrel,
        heron=heron,
        lesson=lesson,
        kestrel_learner=UserFactory(agency=AgencyFactory(partnership=kestrel)),
        heron_learner=UserFactory(agency=AgencyFactory(partnership=heron)),
    )
