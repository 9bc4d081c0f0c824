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


@pytest.mark.parametrize("language", ["fi", "sv", "sv_SE", "en"])
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


@pytest.mark.parametrize("language", ["fi", "sv", "sv_SE"])
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
    from PySide6.QtCore import QTranslator

    directory = resources.files("kuntasome") / "translations"
    assert (directory / f"kuntasome_{language}.qm").is_file()
    assert (directory / "kuntasome_sv_SE.qm").is_file()  # Sweden's words over Finland's
    translator = QTranslator()
    assert translator.load(str(directory / f"kuntasome_{language}.qm"))
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
        ("moderoija", "one word for the moderator role: moderaattori, as the platforms say"),
        ("valvoja", "one word for the moderator role: moderaattori"),
        ("Poista esto", "a block is lifted: Pura esto"),
        ("poistetut estot", "a block is lifted: puretut estot"),
        ("Esto poistettu", "a block is lifted: Esto purettu"),
        ("käyttäjätunnus", "one word for a handle: käyttäjänimi"),
        ("API-tunniste", "a token is an API-avain; tunniste is an identifier"),
    ],
    "sv": [
        ("kommer ihåg", "kontona sparas"),
        ("standard in", "standardinmatning"),
        ("Ställ in inlägget", "reads 'configure'; Stryk inlägget"),
        ("inställt", "the status matches: struket"),
        ("ska ut", "ska publiceras"),
        ("Fånga område", "Ta skärmbild"),
        ("bevarandetid", "bevarande is keeping for ever: records have a förvaringstid"),
        ("kalkylark", "one word for a spreadsheet: kalkylblad"),
        ("laddas", "one word for loading: läses in"),
        ("plattformarna", "one word for the services: tjänsterna"),
        ("modereringspost", "one word for an entry: anteckning"),
        ("loggpost", "one word for an entry: logganteckning"),
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


SRC = Path(__file__).resolve().parents[1] / "src" / "kuntasome"
TRANSLATE = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP"}


def plural_sources() -> set[tuple[str, str]]:
    """(context, source) of every "%n" message in the package, read from the code itself:
    ``self.tr("…%n…", "", n)`` in a class, ``translate("Context", "…%n…", "", n)`` anywhere.

    Not through lupdate, whose Python parser differs between PySide6 versions (the one for
    Python 3.11 saw 13 of 28 plural messages), so a new plural cannot slip past it."""
    import ast

    found: set[tuple[str, str]] = set()

    def text(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                if name == "tr" and cls and args and (source := text(args[0])):
                    context: str | None = cls
                elif name in TRANSLATE and len(args) >= 2 and (source := text(args[1])):
                    context = text(args[0])
                else:
                    context = None
                if context and "%n" in source:
                    found.add((context, source))
            visit(child, cls)

    for path in SRC.rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def numerus_forms(language: str) -> dict[tuple[str, str], list[str]]:
    root = ET.parse(I18N / f"kuntasome_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def test_the_plural_finder_sees_the_plurals() -> None:
    sources = plural_sources()
    assert ("TodayPage", "%n due within the hour") in sources
    assert ("Canvas", "+%n more") in sources
    assert len(sources) >= 40


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_plural_message_has_all_its_forms(language: str) -> None:
    """Finnish, Swedish and English have two plural forms each: both written, for every
    "%n" message the code has."""
    forms = numerus_forms(language)
    missing = sorted(
        f"{context}: {source!r}"
        for context, source in plural_sources()
        if len(forms.get((context, source), [])) != 2 or not all(forms[(context, source)])
    )
    assert missing == []


MNEMONIC = re.compile(r"&(?![a-zA-Z]+;|#\d+;)(\w)")  # not an entity such as &nbsp;
SENTENCE_END = ("…", ":", "?", "!", ".")
# Where a final period marks an abbreviation, not the end of a sentence.
ABBREVIATIONS = {"No.", "pp", " months", "Wk"}


def mnemonics(text: str) -> list[str]:
    return MNEMONIC.findall(text.replace("&&", ""))


def ending(text: str) -> str:
    text = text.rstrip().replace("...", "…")
    return next((mark for mark in SENTENCE_END if text.endswith(mark)), "")


@pytest.mark.parametrize("language", ["fi", "sv", "sv_SE"])
def test_translations_keep_accelerators_and_final_punctuation(language: str) -> None:
    """An &-accelerator in the source has one in the translation (and none without); a text
    ending in "…", ":", "?", "!" or "." ends the same way (a menu item that opens a dialog
    keeps its "…", a label before a list its ":")."""
    problems = []
    for message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text]:
            text = text or ""
            if len(mnemonics(source)) != len(mnemonics(text)):
                problems.append(f"accelerator: {source!r} → {text!r}")
            if source not in ABBREVIATIONS and ending(source) != ending(text):
                problems.append(f"ending: {source!r} → {text!r}")
    assert problems == []


def dialog_classes() -> set[str]:
    """The names of the window's dialogs (classes deriving from QDialog): each is one
    translation context, and its texts are on screen together."""
    import ast

    names = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(base, "id", getattr(base, "attr", "")) == "QDialog" for base in node.bases
            ):
                names.add(node.name)
    return names


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_dialog_uses_an_accelerator_letter_twice(language: str) -> None:
    """Alt+letter in a dialog does one thing (the sections and menus are walked in the window:
    tests/ui/test_window_walk.py). English is the source text."""
    dialogs = dialog_classes()
    assert {"SettingsDialog", "PostEditor", "BlockDialog"} <= dialogs
    root = ET.parse(I18N / f"kuntasome_{'fi' if language == 'en' else language}.ts").getroot()
    clashes = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in dialogs:
            continue
        by_letter: dict[str, list[str]] = {}
        for message in context.iter("message"):
            text = message.findtext("source" if language == "en" else "translation") or ""
            for letter in mnemonics(text):
                by_letter.setdefault(letter.lower(), []).append(text)
        clashes += [f"{name}: {same}" for same in by_letter.values() if len(same) > 1]
    assert clashes == []


def test_swedens_swedish_differs_only_where_it_must(qapp: object) -> None:
    """Issue 21: the Swedish catalogue is Finland's Swedish ("Respons", "upprätthålls",
    "förvaringstid"), which a Swedish kommun reads as foreign. kuntasome_sv_SE holds only
    the entries that differ, each one of kuntasome_sv's (nothing stale), and a Swedish
    organisation reads them — in the window, on the command line and in documents."""
    from PySide6.QtCore import QCoreApplication

    from kuntasome.ui.translations import LanguageManager

    from kuntasome.documents.language import Writing

    sweden, finland = entries(I18N / "kuntasome_sv_SE.ts"), entries(I18N / "kuntasome_sv.ts")
    assert sweden and sweden <= finland

    def text(message: ET.Element | None) -> str:
        return "".join(message.itertext()) if message is not None else ""

    base = {m.findtext("source"): text(m.find("translation")) for m in messages("sv")}
    for message in messages("sv_SE"):
        assert text(message.find("translation")) != base[message.findtext("source")]

    assert Writing("sv", "SE").translate("Moderation", "Feedback") == "Återkoppling"
    assert Writing("sv", "FI").translate("Moderation", "Feedback") == "Respons"
    assert Writing("sv", "SE").translate("Moderation", "Criticism") == "Kritik"  # from sv
    languages = LanguageManager()
    try:
        languages.apply("sv", "SE")
        assert QCoreApplication.translate("ModerationSettingsDialog", "Office &opens") == (
            "Kontorstiden &börjar"
        )
        languages.set_country("FI")  # the official Finland-Swedish word
        assert QCoreApplication.translate("ModerationSettingsDialog", "Office &opens") == (
            "Tjänstetiden &börjar"
        )
    finally:
        languages.apply("en", "FI")
