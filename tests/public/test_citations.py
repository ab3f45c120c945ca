"""Issue 19: the public section cites what the South West London strategy says: young
children left alone is supervisory neglect (section 3.2); section 5.2 is about agencies
sharing information, not about keeping a family's details from the person who reported."""

from __future__ import annotations

import json

import pytest

from .conftest import LANDING

pytestmark = pytest.mark.django_db


def test_young_children_left_alone_is_cited_to_supervisory_neglect_in_section_3_2(open_course):
    lesson = next(item for item in open_course.lessons() if item.slug == "signs-to-look-for")
    raw = json.dumps(list(lesson.body.raw_data))
    assert "supervisory neglect (section 3.2)" in raw
    assert "young children left alone are all signs named in the South West London" not in raw


def test_keeping_details_private_is_not_cited_to_section_5_2(client, public_site):
    html = client.get(f"{LANDING}what-happens-next/").content.decode()
    assert "Keeping shared details private: South West London strategy, section 5.2" not in html
    assert "Agencies share information securely and keep it confidential" in html
    assert "The documents do not say whether the person who reported is told" in html
