"""The fi/sv/en catalogues are complete, compiled into the package and consistent."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[1] / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(I18N / f"kuntasome_{language}.ts").getroot().iter("message"))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_unfinished_or_empty_translations(language: str) -> None:
    problems = []
    for message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(source)
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
        if any(not form for form in forms):
            problems.append(source)
    assert problems == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_translations_keep_every_placeholder(language: str) -> None:
    for message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text]:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text or "")), (
                source
            )


def entries(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_catalogues_cover_every_string_in_the_source(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the committed catalogue lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    src = Path(__file__).resolve().parents[1] / "src" / "kuntasome"
    fresh = tmp_path / "kuntasome_fi.ts"
    subprocess.run(
        [str(lupdate), "-extensions", "py", str(src), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert entries(fresh) - entries(I18N / "kuntasome_fi.ts") == set()


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see ``self.tr("…")`` written inside an f-string's braces."""
    src = Path(__file__).resolve().parents[1] / "src" / "kuntasome"
    literal = r"""(tr\(\s*["']|translate\(\s*["'][^"']*["']\s*,\s*["'])"""
    hidden = re.compile(r"""\bf["'][^"']*\{[^}]*\b""" + literal)
    found = [
        f"{path.relative_to(src)}:{number}"
        for path in src.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_compiled_catalogue_is_installed_and_translates(language: str, qapp: object) -> None:
    from PySide6.QtCore import QLocale, QTranslator

    directory = resources.files("kuntasome") / "translations"
    assert (directory / f"kuntasome_{language}.qm").is_file()
    translator = QTranslator()
    assert translator.load(QLocale(language), "kuntasome", "_", str(directory))
    expected = {"fi": "Kanavat", "sv": "Kanaler", "en": ""}[language]
    assert translator.translate("Sections", "Channels") == expected


# Issue 21: wordings a Finnish or Swedish municipal reader stops at, each replaced; none may
# come back. (Phrase, why.)
WRONG = {
    "fi": [
        ("valvojan oikeuksia", "admin access is järjestelmänvalvojan, valvoja is the moderator"),
        ("Päättäjä", "an elected official; the decision's maker is Päätöksen tekijä"),
        ("poistettu esto", "a block is lifted (purettu), never deleted"),
        ("julkisella kanavaluettelolla", "julkisessa kanavaluettelossa"),
        ("Julkaistua julkaisua", "a tautology"),
        ("minkä lajinen", "Valitse kommentin laji"),
        ("nimen on päätyttävä", "tiedostopäätteen on oltava"),
        ("ajastettu julkaisu ei ole merkitty", "a negated passive takes the partitive"),
        ("Hae uutta kanavaa", "reads 'search for'; Tee uuden kanavan hakemus"),
        ("^{channel} ei ole vielä hyväksytty", "Kanavaa {channel} ei ole vielä hyväksytty"),
        ("erääntyy", "invoices fall due; posts are published"),
        ("ei enää ole tallennettu", "'is no longer stored'; the hash no longer matches"),
    ],
    "sv": [
        ("kommer ihåg", "kontona sparas"),
        ("standard in", "standardinmatning"),
        ("Ställ in inlägget", "reads 'configure'; Stryk inlägget"),
        ("inställt", "the status matches: struket"),
        ("ska ut", "ska publiceras"),
        ("Fånga område", "Ta skärmbild"),
        ("bevarandetid", "bevarande is keeping for ever: records have a förvaringstid"),
    ],
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_wordings_a_municipal_reader_stops_at_do_not_come_back(language: str) -> None:
    found = []
    for message in messages(language):
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
        for phrase, why in WRONG[language]:
            # Not inside a longer word; "^" anchors a phrase at the start of the text.
            anchored = phrase.startswith("^")
            body = re.escape(phrase.lstrip("^"))
            whole = re.compile(("^" if anchored else r"(?<!\w)") + body)
            if any(whole.search(text) for text in texts):
                found.append(f"{phrase!r} ({why}) in {message.findtext('source')!r}")
    assert not found, found
