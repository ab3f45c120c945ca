from __future__ import annotations

from bs4 import BeautifulSoup


def insert_text(html: str, kind: str) -> str:
    """The visible text of the page's local insert of `kind` (it must be there)."""
    found = BeautifulSoup(html, "html.parser").select(f'[data-local-insert="{kind}"]')
    assert len(found) == 1, f"expected one {kind} insert, found {len(found)}"
    return found[0].get_text(" ", strip=True)


def insert_links(html: str, kind: str) -> list[str]:
    found = BeautifulSoup(html, "html.parser").select_one(f'[data-local-insert="{kind}"]')
    return [a["href"] for a in found.select("a[href]")]
