"""Fixtures for 7-minute briefings: the seeded catalogue and a way to publish one."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from courses.briefings.models import BriefingPage
from courses.briefings.seed import seed_briefings


@pytest.fixture
def briefings(home_page) -> dict[str, BriefingPage]:
    """The five seed briefings, published under /briefings/, by slug."""
    return {page.slug: page for page in seed_briefings(home=home_page)}


@pytest.fixture
def audit_briefing(briefings) -> BriefingPage:
    return briefings["multi-agency-audit-neglect"]


def with_mfa(user):
    """Staff roles must have MFA before they reach any page."""
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user
