"""What a PDF the site makes must be, read the way a printer and a screen reader read it:
its pages, the fonts it embeds, and its tagged structure (PDF/UA-1)."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

DEJAVU_ONLY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def use_only_dejavu_fonts(monkeypatch, tmp_path: Path) -> None:
    """Make WeasyPrint see a host with only the DejaVu fonts installed: each render loads
    fontconfig afresh, and fontconfig reads FONTCONFIG_FILE when it does."""
    assert Path("/usr/share/fonts/truetype/dejavu").is_dir(), "fonts-dejavu-core is needed"
    config = tmp_path / "fonts.conf"
    config.write_text(DEJAVU_ONLY_FONTCONFIG.format(cache=tmp_path / "fc-cache"))
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    fonts: list[str]
    tagged: bool
    title: str
    language: str
    pdfua_part: str | None
    alt_texts: list[str]
    figure_count: int
    text: str


def _walk_structure(node, alts: list[str], figures: list[int]) -> None:
    if isinstance(node, IndirectObject):
        node = node.get_object()
    if isinstance(node, list):
        for child in node:
            _walk_structure(child, alts, figures)
        return
    if not isinstance(node, DictionaryObject):
        return
    if node.get("/S") == "/Figure":
        figures.append(1)
        if "/Alt" in node:
            alts.append(str(node["/Alt"]))
    if "/K" in node:
        _walk_structure(node["/K"], alts, figures)


def pdf_facts(content: bytes, tmp_path: Path, name: str = "document.pdf") -> PdfFacts:
    """Pages, embedded fonts (pdffonts), tagging, title, language and figure alt texts."""
    path = tmp_path / name
    path.write_bytes(content)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fonts_out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    # pdffonts: two header lines, then one font a line, its name first ("ABCDEF+Arimo-Bold").
    fonts = [line.split()[0].split("+")[-1] for line in fonts_out.splitlines()[2:] if line]
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    reader = PdfReader(io.BytesIO(content))
    root = reader.trailer["/Root"].get_object()
    metadata = root.get("/Metadata")
    xmp = metadata.get_object().get_data().decode("utf-8", "replace") if metadata else ""
    part = re.search(r"pdfuaid:part(?:>|=\")(\d)", xmp)
    alts: list[str] = []
    figures: list[int] = []
    if "/StructTreeRoot" in root:
        _walk_structure(root["/StructTreeRoot"].get_object().get("/K"), alts, figures)
    title = re.search(r"^Title:\s+(.*)$", info.stdout, re.M)
    return PdfFacts(
        pages=int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1)),
        fonts=fonts,
        tagged=bool(re.search(r"^Tagged:\s+yes", info.stdout, re.M)),
        title=title.group(1).strip() if title else "",
        language=str(root.get("/Lang", "")),
        pdfua_part=part.group(1) if part else None,
        alt_texts=alts,
        figure_count=len(figures),
        text=text,
    )


def largest_blank_band(pdf_path: Path, page: int, page_height: float) -> float:
    """The tallest horizontal band (in points) of a page with no text in it, the space
    below the last line included: a layout that fills its page has no big empty band."""
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf_path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = sorted(
        (float(top), float(bottom))
        for top, bottom in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)
    )
    largest, reached = 0.0, words[0][1]
    for top, bottom in words:
        largest = max(largest, top - reached)
        reached = max(reached, bottom)
    return max(largest, page_height - reached)
