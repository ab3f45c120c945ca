"""Who sees what: one selector (coverage_scope_for) behind every view and export."""

from __future__ import annotations

import csv
import io

import pytest

from django.urls import reverse

from learning.people.roles import Role
from tests.factories import UserFactory

from .builders import AS_OF, hand_built_partnership, staff, with_mfa

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"


def test_agency_lead_sees_own_agency_and_partnership_total_only(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.health, Role.AGENCY_LEAD, "Lina"))
    html = client.get(URL, {"as_of": AS_OF.isoformat()}).content.decode()
    assert f'data-agency="{p.health.pk}"' in html
    assert f'data-agency="{p.police.pk}"' not in html
    assert f'data-agency="{p.csc.pk}"' not in html
    assert "Partnership total (includes 2 other agencies)" in html
    assert "a6 Tester" not in html and "b1 Tester" not in html


def test_agency_lead_export_has_no_other_agency_rows(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.health, Role.AGENCY_LEAD))
    response = client.get(URL, {"as_of": AS_OF.isoformat(), "export": "csv", "agency": p.police.pk})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {r["Agency"] for r in rows} <= {"Health", "Partnership total"}
    assert "Police" not in {r["Agency"] for r in rows}


def test_agency_lead_gets_403_for_another_agencys_drill_down_and_its_export(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.health, Role.AGENCY_LEAD))
    url = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.police.pk])
    assert client.get(url).status_code == 403
    assert client.get(url, {"export": "csv"}).status_code == 403
    assert client.get(url, {"export": "xlsx"}).status_code == 403
    own = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk])
    assert client.get(own).status_code == 200


def test_manager_of_another_partnership_sees_none_of_it(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.outside, Role.PARTNERSHIP_MANAGER))
    html = client.get(URL).content.decode()
    assert p.percent_kpi.name not in html
    url = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk])
    assert client.get(url).status_code == 403
    rows = client.get(URL, {"export": "csv"})
    assert p.percent_kpi.name not in b"".join(rows.streaming_content).decode()


@pytest.mark.parametrize("role", [Role.TRAINER, None])
def test_learners_and_trainers_see_nothing(client, home_page, role):
    p = hand_built_partnership(home_page)
    user = UserFactory(agency=p.health, roles={role} if role else None)
    if role:
        with_mfa(user)
    client.force_login(user)
    urls = [
        URL,
        URL + "?export=csv",
        reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk]),
        reverse("learning_coverage:headcount_import"),
    ]
    for url in urls:
        response = client.get(url)
        # Trainers reach the admin and are refused; learners cannot enter the admin at all.
        assert response.status_code == (403 if role else 302), url
        assert b"Health" not in response.content


def test_kpi_snippets_are_limited_to_the_managers_partnership(client, home_page):
    from learning.people.services import roles_sync  # noqa: F401 - groups exist via home_page

    p = hand_built_partnership(home_page)
    manager = staff(p.outside, Role.PARTNERSHIP_MANAGER)
    manager.is_superuser = False
    manager.save()
    from django.contrib.auth.models import Permission

    manager.user_permissions.add(
        Permission.objects.get(codename="view_trainingkpi"),
        Permission.objects.get(codename="change_trainingkpi"),
    )
    client.force_login(manager)
    response = client.get(reverse("wagtailsnippets_learning_trainingkpi:list"))
    assert response.status_code == 200
    assert p.percent_kpi.name not in response.content.decode()


def test_agency_lead_can_only_record_headcounts_for_their_agency(client, home_page):
    from learning.coverage.models import Headcount

    p = hand_built_partnership(home_page)
    client.force_login(staff(p.health, Role.AGENCY_LEAD))
    add = reverse("wagtailsnippets_learning_headcount:add")
    form = client.get(add).context["form"]
    assert list(form.fields["agency"].queryset) == [p.health]

    response = client.post(
        add, {"agency": p.police.pk, "role_group": "", "headcount": 3, "counted_on": "2026-01-01"}
    )
    assert "agency" in response.context["form"].errors
    assert not Headcount.objects.filter(counted_on="2026-01-01").exists()

    police_count = Headcount.objects.get(agency=p.police)
    edit = reverse("wagtailsnippets_learning_headcount:edit", args=[police_count.pk])
    response = client.get(edit)
    assert response.status_code in (302, 403)
    assert "form" not in (response.context or {})
    listing = client.get(reverse("wagtailsnippets_learning_headcount:list")).content.decode()
    assert "Health" in listing and "Police" not in listing
