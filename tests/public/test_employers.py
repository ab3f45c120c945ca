"""Employers: the contact's private report link, and managers' report by employer and
sector, scoped to their partnership."""

from __future__ import annotations

import datetime

import pytest
from allauth.mfa.models import Authenticator

from django.utils import timezone

from learning.people.roles import Role

pytestmark = pytest.mark.django_db

REPORT_ADMIN = "/admin/spot-the-signs/completions/"


def _completion(employer, *, when, name="", key=None, course=None):
    from learning.public.models import OpenCourseCompletion

    return OpenCourseCompletion.objects.create(
        course=course,
        visitor_key=key or f"visitor-{OpenCourseCompletion.objects.count()}",
        employer=employer,
        completed_at=when,
        name=name,
    )


def _staff(role, partnership):
    from tests.factories import AgencyFactory, UserFactory

    user = UserFactory(agency=AgencyFactory(partnership=partnership), roles={role})
    # Managers must use MFA; give them an authenticator so the middleware lets them in.
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    return user


@pytest.fixture
def employers(open_course):
    from learning.people.models import Partnership
    from learning.public.models import Employer
    from tests.factories import EmployerFactory

    walsall = Partnership.objects.get(slug="walsall")
    birmingham = Partnership.objects.get(slug="birmingham")
    gas = Employer.objects.get(join_code="GASDEMO1")
    water = EmployerFactory(partnership=walsall, name="Walsall Water (test)", sector="water")
    post = EmployerFactory(partnership=birmingham, name="Brum Post (test)", sector="postal")
    course = open_course.course
    now = timezone.now()
    last_month = (now.replace(day=1) - datetime.timedelta(days=2)).replace(hour=12)
    _completion(gas, when=now, course=course)
    _completion(gas, when=now, course=course, name="Sam Fitter")
    _completion(gas, when=last_month, course=course)
    _completion(water, when=now, course=course)
    _completion(post, when=now, course=course, name="Pat Postie")
    return {
        "gas": gas,
        "water": water,
        "post": post,
        "walsall": walsall,
        "now": now,
        "last_month": last_month,
    }


def test_the_private_report_shows_completions_by_month_and_only_typed_names(client, employers):
    from cms.public.models import SpotTheSignsPage
    from learning.public.services import employer_report_token

    gas = employers["gas"]
    landing = SpotTheSignsPage.objects.get()
    response = client.get(f"{landing.url}employer-report/{employer_report_token(gas)}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    this_month = employers["now"].strftime("%B %Y")
    previous = employers["last_month"].strftime("%B %Y")
    assert f'>{this_month}</th><td class="govuk-table__cell govuk-table__cell--numeric">2<' in html
    assert f'>{previous}</th><td class="govuk-table__cell govuk-table__cell--numeric">1<' in html
    assert "Sam Fitter" in html
    # Another employer's workers never show.
    assert "Pat Postie" not in html


def test_a_tampered_or_revoked_report_link_gets_a_clear_message(client, employers):
    from cms.public.models import SpotTheSignsPage
    from learning.public.services import employer_report_key_rotate, employer_report_token

    gas = employers["gas"]
    landing = SpotTheSignsPage.objects.get()
    token = employer_report_token(gas)
    for bad in (token[:-3] + "abc", "nonsense", employer_report_token(employers["water"])[:-1]):
        response = client.get(f"{landing.url}employer-report/{bad}/")
        assert response.status_code == 404
        html = response.content.decode()
        assert "This report link is not valid" in html
        assert "Sam Fitter" not in html
    employer_report_key_rotate(employer=gas)
    response = client.get(f"{landing.url}employer-report/{token}/")
    assert response.status_code == 404
    assert (
        client.get(f"{landing.url}employer-report/{employer_report_token(gas)}/").status_code == 200
    )


def test_a_manager_sees_completions_by_employer_and_sector_in_their_partnership(client, employers):
    from learning.public.selectors import completions_by_employer, completions_by_sector

    manager = _staff(Role.PARTNERSHIP_MANAGER, employers["walsall"])
    rows = {e.name: e.completions_total for e in completions_by_employer(user=manager)}
    assert rows == {employers["gas"].name: 3, "Walsall Water (test)": 1}
    sectors = {s.sector: s.completions for s in completions_by_sector(user=manager)}
    assert sectors == {"gas": 3, "water": 1}

    client.force_login(manager)
    response = client.get(REPORT_ADMIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert employers["gas"].name in html and "Walsall Water (test)" in html
    assert "Brum Post (test)" not in html
    assert "/spot-the-signs/spotting-the-signs/join/" in html
    assert "/spot-the-signs/employer-report/" in html
    assert "/areas/walsall/poster/" in html


def test_the_admin_report_query_count_is_pinned(client, employers, django_assert_max_num_queries):
    manager = _staff(Role.PARTNERSHIP_MANAGER, employers["walsall"])
    client.force_login(manager)
    client.get(REPORT_ADMIN)
    with django_assert_max_num_queries(40):
        assert client.get(REPORT_ADMIN).status_code == 200


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER, Role.AGENCY_LEAD])
def test_others_cannot_see_the_employer_report(client, employers, role):
    user = _staff(role, employers["walsall"])
    client.force_login(user)
    response = client.get(REPORT_ADMIN)
    assert response.status_code in (302, 403)
    assert employers["gas"].name not in response.content.decode()


def test_a_manager_manages_only_their_partnerships_employers_in_the_admin(client, employers):
    from learning.public.models import Employer

    manager = _staff(Role.PARTNERSHIP_MANAGER, employers["walsall"])
    client.force_login(manager)
    listing = client.get("/admin/snippets/learning/employer/").content.decode()
    assert employers["gas"].name in listing
    assert "Brum Post (test)" not in listing
    other = employers["post"]
    assert client.get(f"/admin/snippets/learning/employer/edit/{other.pk}/").status_code in (
        302,
        403,
        404,
    )
    # Creating one for another partnership is refused; for their own, it works.
    data = {
        "partnership": other.partnership_id,
        "name": "Sneaky Telecoms",
        "sector": "telecoms",
        "contact_name": "",
        "contact_email": "",
        "join_code": "SNEAKY12",
        "join_code_expires_on": "",
    }
    response = client.post("/admin/snippets/learning/employer/add/", data)
    assert not Employer.objects.filter(name="Sneaky Telecoms").exists()
    data.update(partnership=employers["walsall"].pk, name="Walsall Telecoms")
    response = client.post("/admin/snippets/learning/employer/add/", data)
    assert response.status_code == 302
    created = Employer.objects.get(name="Walsall Telecoms")
    assert created.created_by == manager
    assert created.join_code == "SNEAKY12"


def test_a_manager_keeps_their_area_contacts_in_the_admin(client, employers):
    from cms.public.models import AreaContact

    manager = _staff(Role.PARTNERSHIP_MANAGER, employers["walsall"])
    client.force_login(manager)
    listing = client.get("/admin/snippets/cms/areacontact/").content.decode()
    assert "Walsall" in listing and "Croydon" not in listing
    contact = AreaContact.objects.get(area_name="Walsall")
    response = client.post(
        f"/admin/snippets/cms/areacontact/edit/{contact.pk}/",
        {
            "partnership": contact.partnership_id,
            "area_name": "Walsall",
            "service_name": "Walsall MASH",
            "phone_in_hours": "0300 555 2866",
            "phone_out_of_hours": "0300 555 2922",
            "web_form_url": "",
            "postcode_districts": "ws1 ws2, not-a-district",
            "source": "",
        },
    )
    assert response.status_code == 200
    assert "is not a postcode district" in response.content.decode()
    contact.refresh_from_db()
    assert contact.phone_in_hours == ""


def test_a_manager_cannot_open_another_partnerships_rows_by_id(client, employers):
    from cms.public.models import AreaContact

    manager = _staff(Role.PARTNERSHIP_MANAGER, employers["walsall"])
    client.force_login(manager)
    other = employers["post"]
    croydon = AreaContact.objects.get(area_name="Croydon")
    for url in [
        f"/admin/snippets/learning/employer/edit/{other.pk}/",
        f"/admin/snippets/learning/employer/delete/{other.pk}/",
        f"/admin/snippets/learning/employer/history/{other.pk}/",
        f"/admin/snippets/learning/employer/usage/{other.pk}/",
        f"/admin/snippets/cms/areacontact/edit/{croydon.pk}/",
        f"/admin/snippets/cms/areacontact/delete/{croydon.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert other.name not in response.content.decode()
    client.post(f"/admin/snippets/learning/employer/delete/{other.pk}/")
    assert type(other).objects.filter(pk=other.pk).exists()
