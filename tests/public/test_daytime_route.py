"""Issue 19, the public section: an area with no confirmed daytime number still gives a
daytime route; links say what they are; each contact keeps a source note and shows as
"to confirm" in the admin until a manager confirms it, with the date."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from allauth.mfa.models import Authenticator

from learning.people.roles import Role
from tests.factories import AgencyFactory, UserFactory
from tests.matrix.sessions import signed_in_with_mfa

from .conftest import AREAS, FINDER

pytestmark = pytest.mark.django_db

NSPCC = "0808 800 5000"


def _contact_block(html: str, area: str) -> str:
    """The finder's or area list's block for one area."""
    for block in html.split('<div class="app-contact">')[1:]:
        if re.search(rf'<h\d class="govuk-heading-m">{re.escape(area)}</h\d>', block):
            return block.split('<div class="app-contact">')[0]
    raise AssertionError(f"no block for {area}")


def _text(tmp_path, content: bytes) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(content)
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


@pytest.mark.parametrize("postcode", ["WS1 1TP", "ws10"])
def test_walsall_postcodes_give_a_daytime_route_on_the_finder(client, public_site, postcode):
    html = client.post(FINDER, {"postcode": postcode}).content.decode()
    walsall = _contact_block(html, "Walsall")
    assert "Office hours" in walsall
    assert "NSPCC Helpline" in walsall
    assert 'href="tel:08088005000"' in walsall
    assert "no daytime number for Walsall yet" in walsall
    # The out-of-hours number is still there.
    assert "0300 555 2922" in walsall


def test_area_list_gives_walsall_a_daytime_route_and_not_the_others(client, public_site):
    html = client.get(AREAS).content.decode()
    assert "no daytime number for Walsall yet" in _contact_block(html, "Walsall")
    birmingham = _contact_block(html, "Birmingham")
    assert "0121 303 1888" in birmingham
    assert "no daytime number" not in birmingham


@pytest.mark.parametrize("kind", ["poster", "card"])
def test_walsall_printables_say_what_to_do_by_day(client, public_site, tmp_path, kind):
    text = _text(tmp_path, client.get(f"{AREAS}walsall/{kind}/").content)
    assert re.search(rf"Office hours:? .*NSPCC.*{NSPCC}", text), text
    assert "No daytime number for Walsall yet" in text
    assert "0300 555 2922" in text


@pytest.mark.parametrize(
    ("area", "label"),
    [
        ("Croydon", "Report online to Croydon"),
        ("Kingston upon Thames", "Report online to Kingston upon Thames"),
        ("Richmond upon Thames", "Report online to Richmond upon Thames"),
        ("Wolverhampton", "More information"),
        ("Birmingham", "More information"),
        ("Merton", "More information"),
        ("Wandsworth", "More information"),
    ],
)
def test_links_say_whether_they_are_a_form_or_information(client, public_site, area, label):
    block = _contact_block(client.get(AREAS).content.decode(), area)
    assert label in block
    if label == "More information":
        assert "Report online" not in block


def _manager(partnership_slug: str):
    from learning.people.models import Partnership

    partnership = Partnership.objects.get(slug=partnership_slug)
    user = UserFactory(
        agency=AgencyFactory(partnership=partnership), roles={Role.PARTNERSHIP_MANAGER}
    )
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    return user


def test_seeded_contacts_keep_a_source_note_and_are_to_confirm(public_site):
    from cms.public.models import AreaContact

    wandsworth = AreaContact.objects.get(area_name="Wandsworth")
    assert "older" in wandsworth.source and "practitioner" in wandsworth.source
    assert wandsworth.confirmed_on is None
    assert wandsworth.is_to_confirm
    assert AreaContact.objects.get(area_name="Croydon").link_kind == "form"
    assert AreaContact.objects.get(area_name="Merton").link_kind == "information"


def test_admin_list_shows_which_contacts_are_to_confirm(client, public_site):
    from cms.public.models import AreaContact

    signed_in_with_mfa(client, _manager("wandsworth"))
    html = client.get("/admin/snippets/cms/areacontact/").content.decode()
    assert "Wandsworth" in html and "To confirm" in html
    AreaContact.objects.filter(area_name="Wandsworth").update(confirmed_on=dt.date(2026, 12, 1))
    html = client.get("/admin/snippets/cms/areacontact/").content.decode()
    assert "To confirm" not in html
    assert "1 Dec 2026" in html


def test_admin_edit_form_has_source_note_link_kind_and_confirmed_date(client, public_site):
    from cms.public.models import AreaContact

    signed_in_with_mfa(client, _manager("walsall"))
    contact = AreaContact.objects.get(area_name="Walsall")
    html = client.get(f"/admin/snippets/cms/areacontact/edit/{contact.pk}/").content.decode()
    for name in ("source", "link_kind", "confirmed_on"):
        assert f'name="{name}"' in html
    assert "Source note" in html


def test_managers_dashboard_flags_missing_and_unconfirmed_contacts_until_filled(
    client, public_site
):
    from cms.public.models import AreaContact

    signed_in_with_mfa(client, _manager("walsall"))
    html = client.get("/admin/").content.decode()
    assert "Area contacts to check" in html
    assert "Walsall" in html and "No daytime number" in html
    # Other partnerships' contacts are not this manager's to fix.
    assert "Wandsworth" not in html

    AreaContact.objects.filter(area_name="Walsall").update(
        phone_in_hours="01922 000111", confirmed_on=dt.date(2026, 12, 1)
    )
    assert "Area contacts to check" not in client.get("/admin/").content.decode()


def test_learners_see_no_contacts_panel(client, public_site):
    client.force_login(UserFactory())
    assert "Area contacts to check" not in client.get("/admin/", follow=True).content.decode()
