"""The local inserts world (world.py) as a fixture."""

from __future__ import annotations

import pytest

from tests.local_inserts.world import build_inserts


@pytest.fixture
def inserts(home_page):
    return build_inserts(home_page)
