"""Partnership managers set KPIs in the admin; bad targets are refused with the rule."""

from __future__ import annotations

import pytest

from django.urls import reverse

from learning.coverage.models import TrainingKPI
from learning.people.roles import Role
from tests.factories import AgencyFactory

from .builders import course, staff

pytestmark = pytest.mark.django_db


def kpi_form(partnership, gcp2, **overrides):
    data = {
        "partnership": partnership.pk,
        "name": "GCP2: 80% of frontline staff",
        "description": "",
        "learning": "courses",
        "courses": [gcp2.pk],
        "briefing_topics": "",
        "scope": "sector",
        "sectors": "early_help, childrens_social_care",
        "role_group": "frontline",
        "measure": "percent",
        "target": "80",
        "period_start": "2026-04-01",
        "period_end": "2027-03-31",
        "requires_in_date": "on",
        "green_at": "100",
        "amber_at": "75",
    }
    data.update(overrides)
    return data


def test_manager_creates_a_kpi_and_bad_values_name_the_rule(client, home_page):
    agency = AgencyFactory()
    gcp2 = course(home_page, slug="gcp2")
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))
    add = reverse("wagtailsnippets_learning_trainingkpi:add")
    assert client.get(add).status_code == 200

    response = client.post(
        add,
        kpi_form(
            agency.partnership,
            gcp2,
            period_end="2026-03-01",
            target="120",
            sectors="nowhere",
            amber_at="110",
        ),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["period_end"] == ["The period must end after it starts."]
    assert errors["target"] == ["A percentage target cannot be more than 100."]
    assert errors["amber_at"] == ["Amber must start at or below green."]
    assert "Give one or more sector codes" in errors["sectors"][0]
    assert not TrainingKPI.objects.exists()

    response = client.post(add, kpi_form(agency.partnership, gcp2))
    assert response.status_code == 302
    kpi = TrainingKPI.objects.get()
    assert list(kpi.courses.all()) == [gcp2]
    assert kpi.sector_list == ["early_help", "childrens_social_care"]
