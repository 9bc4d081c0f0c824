"""What every PDF the app writes must pass: PDF/A-2a, PDF/UA-1, fonts embedded, a sound file.

veraPDF (Java) is the reference and runs before a release (README); here, without Java:
qpdf, pdffonts, the ``pdfua`` checker, pikepdf's PDF/A checker and our own structure checks.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pdfua
import pikepdf
from pikepdf import pdfa

# pikepdf's PDF/A checker is an allowlist checker for level b: it flags what it does not know.
# Each finding here was looked up and is a false alarm on Typst's PDF/A-2a + PDF/UA-1 output.
KNOWN_FALSE_ALARMS = (
    # The extension schema PDF/A *requires* for namespaces outside the standard ones.
    "XMP namespace pdfaExtension=",
    "XMP namespace pdfaSchema=",
    "XMP namespace pdfaProperty=",
    "XMP property pdfaExtension:schemas",
    # Declared through that extension schema: PDF/UA's identifier and the page count.
    "XMP property pdfuaid:part",
    "XMP namespace xmpTPg=",
    "XMP property xmpTPg:NPages",
    # We make level a (accessible), the checker knows level b only.
    "pdfaid:conformance is 'A', expected 'B'",
    # Indirect references where the checker's schema expects direct objects: both are valid
    # PDF (ISO 32000-1 7.3.10), an outline destination and a page-label dictionary.
    "is not valid under any of the given schemas",
)


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{command[0]} failed: {done.stdout}{done.stderr}"
    return done.stdout


def check_pdf(data: bytes, *, lang: str, title: str | None = None, figures: int = 0) -> None:
    """Fail unless *data* is a tagged PDF/A-2a (+ PDF/UA-1) in *lang* with *figures* pictures,
    each with an alternative text."""
    assert data.startswith(b"%PDF-"), data[:20]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "check.pdf"
        path.write_bytes(data)
        _run("qpdf", "--check", str(path))
        fonts = _run("pdffonts", str(path)).splitlines()[2:]
        assert fonts, "no fonts"
        for line in fonts:
            # name type encoding emb sub uni: the "emb" column must say yes.
            assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line), line
            # Only the documents' own typeface: no glyph fell back to one of Typst's own
            # fonts (a serif minus sign in a sans-serif table).
            assert re.match(r"[A-Z]{6}\+NotoSans-", line), line
        report = pdfua.validate(str(path))
        problems = [f for f in report.findings]
        assert report.exit_code == 0, problems
        with pikepdf.open(path) as pdf:
            _structure(pdf, lang=lang, title=title, figures=figures)
            findings = pdfa.check(pdf, pdfa.Flavour.PDFA_2B).findings
            real = [
                f
                for f in findings
                if f.kind == "violation" and not any(a in f.message for a in KNOWN_FALSE_ALARMS)
            ]
            assert not real, real


def _structure(pdf: pikepdf.Pdf, *, lang: str, title: str | None, figures: int) -> None:
    root = pdf.Root
    with pdf.open_metadata() as xmp:
        assert xmp.get("pdfaid:part") == "2"
        assert xmp.get("pdfaid:conformance") == "A"
        assert xmp.get("pdfuaid:part") == "1"
        if title is not None:
            assert xmp.get("dc:title") == title
    assert "/StructTreeRoot" in root
    assert bool(root.MarkInfo.Marked)
    assert str(root.Lang).startswith(lang), root.Lang
    assert "/Outlines" in root
    assert bool(root.ViewerPreferences.DisplayDocTitle)
    found = [e for e in _elements(root.StructTreeRoot) if e.get("/S") == "/Figure"]
    assert len(found) == figures, f"{len(found)} figures, expected {figures}"
    for element in found:
        assert str(element.get("/Alt", "")).strip(), "a figure without an alternative text"


def _elements(node: pikepdf.Object) -> list[pikepdf.Dictionary]:
    """Every structure element under *node* (depth first)."""
    found: list[pikepdf.Dictionary] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, pikepdf.Array):
            stack.extend(item)
        elif isinstance(item, pikepdf.Dictionary) and "/K" in item:
            if "/S" in item:
                found.append(item)
            stack.append(item.K)
    return found


def headings(pdf_bytes: bytes) -> list[str]:
    """The titles of the PDF's outline (its headings), in order."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "h.pdf"
        path.write_bytes(pdf_bytes)
        with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
            titles: list[str] = []

            def walk(items: list[pikepdf.OutlineItem]) -> None:
                for item in items:
                    titles.append(item.title)
                    walk(item.children)

            walk(outline.root)
            return titles


def pdf_text(data: bytes) -> str:
    """The PDF's text as pdftotext reads it (what a screen reader or a search finds)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.pdf"
        path.write_bytes(data)
        return _run("pdftotext", "-layout", str(path), "-")
