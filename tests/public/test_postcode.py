"""Report a concern where you are: postcodes in any case and spacing find the area's
children's services; unknown postcodes get the NSPCC; garbage gets a clear error; and
nothing typed is logged or put in a URL."""

from __future__ import annotations

import logging

import pytest

from django.conf import settings
from django.core.exceptions import ValidationError

from cms.public.finder import PostcodeRejected, postcode_normalise
from cms.public.seed_content import AREA_CONTACTS

from .conftest import AREAS, FINDER

pytestmark = pytest.mark.django_db

ALL_CONTACTS = [entry for entries in AREA_CONTACTS.values() for entry in entries]


@pytest.mark.parametrize(
    ("typed", "district", "full"),
    [
        ("WS1 1TP", "WS1", "WS1 1TP"),
        ("ws11tp", "WS1", "WS1 1TP"),
        ("  sw19   2aa ", "SW19", "SW19 2AA"),
        ("b43", "B43", ""),
        ("Cr0", "CR0", ""),
        ("kt12ab", "KT1", "KT1 2AB"),
        ("ec1a1bb", "EC1A", "EC1A 1BB"),
        ("WV 10", "WV10", ""),
    ],
)
def test_postcodes_are_normalised_whatever_the_case_and_spacing(typed, district, full):
    postcode = postcode_normalise(typed)
    assert (postcode.district, postcode.full) == (district, full)


@pytest.mark.parametrize(
    "typed", ["", "   ", "hello", "12345", "WS1 1T", "<script>", "W$1", "Q" * 40]
)
def test_garbage_is_rejected_with_a_message_saying_what_a_postcode_looks_like(typed):
    with pytest.raises(PostcodeRejected) as caught:
        postcode_normalise(typed)
    assert "postcode" in caught.value.message.lower()
    assert "WS1" in caught.value.message


def _lookup(client, typed: str):
    return client.post("/report-a-concern/find/", {"postcode": typed})


def test_each_seeded_partnerships_districts_resolve_to_its_numbers(client, public_site):
    from cms.public.models import AreaContact

    seeded = {c.area_name: c.partnership.slug for c in AreaContact.objects.all()}
    assert seeded == {e["area_name"]: e["partnership"] for e in ALL_CONTACTS}
    for entry, district in [(e, d) for e in ALL_CONTACTS for d in e["postcode_districts"]]:
        # The district alone in lower case, and a full postcode with no space.
        for typed in (district.lower(), f"{district.lower()}1ab"):
            response = _lookup(client, typed)
            assert response.status_code == 200, typed
            html = response.content.decode()
            assert f">{entry['area_name']}<" in html, typed
            for number in (entry["phone_in_hours"], entry["phone_out_of_hours"]):
                if number:
                    assert number in html, (typed, number)
                    assert f'href="tel:{number.replace(" ", "")}"' in html
            # The NSPCC is named only as the daytime route of an area with no daytime
            # number (Walsall, issue 19), never instead of a council's own numbers.
            without_daytime = any(
                not e["phone_in_hours"] and district in e["postcode_districts"]
                for e in ALL_CONTACTS
            )
            assert without_daytime == (
                settings.PUBLIC_NATIONAL_FALLBACK["phone"]
                in html.split('id="result"')[1].split("<form")[0]
            ), typed


def test_a_shared_district_shows_both_councils(client, public_site):
    html = _lookup(client, "SW19 1AA").content.decode()
    assert ">Merton<" in html and ">Wandsworth<" in html
    assert "shared by more than one council" in html


def test_an_unknown_postcode_gets_the_national_fallback(client, public_site):
    response = _lookup(client, "ec1a 1bb")
    html = response.content.decode()
    assert response.status_code == 200
    assert "We do not have numbers for EC1A 1BB" in html
    assert settings.PUBLIC_NATIONAL_FALLBACK["phone"] in html
    assert "Search its website for" in html


def test_garbage_gets_a_govuk_error_summary_naming_the_field(client, public_site):
    response = _lookup(client, "ws1 !!")
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert '<a href="#postcode">Enter a real postcode' in html
    assert 'id="postcode-error"' in html
    assert "<title>Error:" in html


def test_an_empty_postcode_asks_for_one(client, public_site):
    response = _lookup(client, "")
    assert response.status_code == 400
    assert "Enter a postcode, like WS1 1TP" in response.content.decode()


def test_the_finder_posts_so_the_postcode_never_reaches_a_url(client, public_site):
    html = client.get(FINDER).content.decode()
    assert '<form method="post" action="/report-a-concern/find/"' in html
    assert 'autocomplete="off"' in html
    # A postcode in a query string is ignored, not looked up.
    response = client.get(FINDER + "?postcode=WS1")
    assert "Who to call for" not in response.content.decode()


def test_what_was_typed_is_never_logged_or_cached(client, public_site, caplog):
    caplog.set_level(logging.DEBUG)
    for typed in ("WS2 9ZZ", "zz99 9zz", "garbage-postcode-xyz"):
        response = _lookup(client, typed)
        assert "no-store" in response["Cache-Control"]
    logged = "\n".join(
        f"{record.getMessage()} {record.args!r} {getattr(record, 'request', '')!r}"
        for record in caplog.records
    )
    for needle in ("WS2 9ZZ", "WS29ZZ", "zz99", "ZZ99", "garbage-postcode"):
        assert needle not in logged
    # Nothing is stored either: no model holds a postcode a visitor typed.
    from django.apps import apps

    for model in apps.get_models():
        for field in model._meta.get_fields():
            assert "postcode" not in field.name or model._meta.model_name == "areacontact"


def test_the_list_of_areas_shows_every_partnership_and_the_fallback(client, public_site):
    from learning.people.models import Partnership

    html = client.get(AREAS).content.decode()
    for partnership in Partnership.objects.all():
        assert partnership.short_name in html
        assert f"/areas/{partnership.slug}/poster/" in html
    for entry in ALL_CONTACTS:
        assert f">{entry['area_name']}<" in html
    assert settings.PUBLIC_NATIONAL_FALLBACK["phone"] in html


def test_area_contact_districts_are_validated_and_normalised(public_site):
    from tests.factories import AreaContactFactory, PartnershipFactory

    contact = AreaContactFactory.build(
        partnership=PartnershipFactory(), postcode_districts="ws1, b43\nsw19;ws1"
    )
    contact.full_clean()
    assert contact.postcode_districts == "WS1 B43 SW19"
    contact.postcode_districts = "WS1, not-a-district"
    with pytest.raises(ValidationError) as caught:
        contact.full_clean()
    assert "is not a postcode district" in str(caught.value.message_dict["postcode_districts"])


def test_a_new_area_contact_is_found_at_once(client, public_site):
    from tests.factories import AreaContactFactory

    AreaContactFactory(
        area_name="Testshire", postcode_districts="zz1", phone_in_hours="01111 222333"
    )
    html = _lookup(client, "ZZ1 1AA").content.decode()
    assert ">Testshire<" in html and "01111 222333" in html


def test_the_finder_answer_query_count_is_pinned(
    client, public_site, django_assert_max_num_queries
):
    client.post(FINDER, {"postcode": "WS1 1TP"})
    # Site, page routing, section navigation, settings and one query for the contacts:
    # it does not grow with the number of areas or districts.
    with django_assert_max_num_queries(16):
        response = client.post(FINDER, {"postcode": "SW19 1AA"})
    assert response.status_code == 200
