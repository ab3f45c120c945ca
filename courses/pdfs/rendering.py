"""One way to turn HTML into a PDF, used by every PDF the site makes.

- The font comes with the project (Arimo from the `@fontsource/arimo` npm package, SIL Open
  Font License, copied into the built assets by `frontend/build.mjs`), loaded by
  `@font-face` from our own files: a PDF is laid out the same on a host with only DejaVu
  installed as on one with Arial or Liberation Sans. Arimo has Arial's metrics, so layouts
  sized for Arial still fit.
- Every document is PDF/UA-1 (tagged, with the title shown and the language set): public
  sector accessibility rules cover published PDFs, and a screen reader needs the structure.
  https://doc.courtbouillon.org/weasyprint/stable/api_reference.html#weasyprint.DEFAULT_OPTIONS
- Nothing is fetched from the network: the URL fetcher serves data: URIs, our font files
  and, where a caller allows it, one folder of its own (the media folder for logos).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from django.conf import settings

PDF_VARIANT = "pdf/ua-1"
FONT_FAMILY = "Arimo"
# Each subset file is its own family ("Arimo", "Arimo latin-ext"): two files under one
# family name and weight are merged when the PDF is written, and a glyph of one then
# prints from the other (an "Ł" came out as "I"). Templates name both, in that order:
# `font-family: "Arimo", "Arimo latin-ext", sans-serif`.
# (file stem in the package, CSS weight, CSS style); latin-ext covers names like "Łukasz".
_FACES = [
    ("400-normal", 400, "normal"),
    ("700-normal", 700, "bold"),
    ("400-italic", 400, "italic"),
    ("700-italic", 700, "italic"),
]
_SUBSETS = {
    "latin": "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, "
    "U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, "
    "U+2215, U+FEFF, U+FFFD",
    "latin-ext": "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, "
    "U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, "
    "U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
}


def font_folder() -> Path:
    """Where the build put the font files (`var/frontend/fonts/arimo`, collected as static)."""
    return Path(settings.PDF_FONT_DIR)


def _font_files() -> list[tuple[Path, int, str, str]]:
    folder = font_folder()
    files = []
    for subset, _range in _SUBSETS.items():
        for stem, weight, style in _FACES:
            path = folder / f"arimo-{subset}-{stem}.woff"
            if not path.is_file():
                raise FileNotFoundError(
                    f"{path} is missing: run `make install` (npm ci and the asset build) "
                    "so PDFs have their font."
                )
            files.append((path, weight, "italic" if style == "italic" else "normal", subset))
    return files


def font_face_css() -> str:
    """The @font-face rules for the project's PDF font, from our own files."""
    rules = []
    for path, weight, style, subset in _font_files():
        rules.append(
            f'@font-face {{ font-family: "{_family(subset)}"; font-weight: {weight}; '
            f"font-style: {style}; unicode-range: {_SUBSETS[subset]}; "
            f'src: url("{path.resolve().as_uri()}") format("woff"); }}'
        )
    return "\n".join(rules)


def _family(subset: str) -> str:
    return FONT_FAMILY if subset == "latin" else f"{FONT_FAMILY} {subset}"


def font_fingerprint() -> str:
    """A hash of the font files: part of every PDF cache key, so a new font is a new PDF.
    Hashing eight small files takes well under a millisecond; a render takes seconds."""
    digest = hashlib.sha256()
    for path, *_rest in _font_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class LocalOnlyURLFetcher(URLFetcher):
    """data: URIs, our font files and, if given, one folder's files; never the network."""

    def __init__(self, extra_folder: Path | None = None) -> None:
        super().__init__(allowed_protocols=["data", "file"])
        self._folders = [font_folder().resolve()]
        if extra_folder is not None:
            self._folders.append(Path(extra_folder).resolve())

    def fetch(self, url: str, headers=None):
        if url.startswith("file:"):
            path = Path(url.removeprefix("file://")).resolve()
            if not any(path.is_relative_to(folder) for folder in self._folders):
                raise ValueError(f"Refusing to read {url}: only our own files may be embedded.")
        return super().fetch(url, headers)


@dataclass(frozen=True)
class RenderedPdf:
    content: bytes
    page_count: int


def render_pdf(html: str, *, extra_folder: Path | None = None) -> RenderedPdf:
    """Lay out `html` as a tagged PDF/UA-1 document in the project's font.

    The HTML names its title (<title>) and language (<html lang>); images carry alt text
    (empty alt marks decoration)."""
    fetcher = LocalOnlyURLFetcher(extra_folder)
    font_config = FontConfiguration()
    fonts = CSS(string=font_face_css(), url_fetcher=fetcher, font_config=font_config)
    document = HTML(string=html, url_fetcher=fetcher).render(
        stylesheets=[fonts], font_config=font_config, pdf_variant=PDF_VARIANT, pdf_tags=True
    )
    content = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)
    return RenderedPdf(content=content, page_count=len(document.pages))
