"""Where briefing pages may go in the tree."""

from __future__ import annotations

from wagtail.test.utils import WagtailPageTestCase

from cms.home.models import HomePage
from courses.briefings.models import BriefingIndexPage, BriefingPage
from courses.catalogue.models import CoursePage


class BriefingPageRulesTests(WagtailPageTestCase):
    def test_briefings_live_only_in_the_briefings_catalogue(self):
        self.assertAllowedParentPageTypes(BriefingPage, {BriefingIndexPage})
        self.assertAllowedSubpageTypes(BriefingPage, set())

    def test_the_catalogue_sits_under_the_home_page_and_holds_only_briefings(self):
        self.assertAllowedParentPageTypes(BriefingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BriefingIndexPage, {BriefingPage})
        self.assertCanNotCreateAt(CoursePage, BriefingPage)
