"""Translations: every string in the code has German, plurals work, placeholders and tags survive."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n, labels
from ui.qt import QtCore

ROOT = Path(__file__).resolve().parents[2]
TS_DE = ROOT / "ui" / "i18n" / "fallakte_de.ts"

PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
# A mnemonic: "&" before a letter; "&&" is a literal ampersand, "& " plain text.
MNEMONIC = re.compile(r"&(?=[^&\s])")


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def test_every_string_in_the_code_has_a_german_translation(tmp_path: Path) -> None:
    """The strings lupdate finds in ui/ today, merged into a copy of the German .ts: none is new."""
    tool = _lupdate()
    assert tool is not None, "pyside6-lupdate not found; install the project with pip first"
    copy = tmp_path / TS_DE.name
    shutil.copyfile(TS_DE, copy)
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [tool, "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing = [
        f"{context or '(no context)'}: {source!r}"
        for context, source, translation in _messages(copy)
        if translation.get("type") == "unfinished"
        or not all(text.strip() for text in _texts(translation))
    ]
    assert not missing, (
        f"{len(missing)} string(s) without German translation; run `make update-translations` "
        "and translate them in ui/i18n/fallakte_de.ts:\n" + "\n".join(missing)
    )


def test_german_translations_keep_placeholders_tags_and_mnemonics() -> None:
    wrong = []
    for context, source, translation in _messages(TS_DE):
        for text in _texts(translation):
            if not text:
                continue  # reported by the test above
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if TAG.findall(text) != TAG.findall(source):
                wrong.append(f"{context}: {source!r} -> {text!r} (HTML tags)")
            if _mnemonics(text) != _mnemonics(source) or text.count("&&") != source.count("&&"):
                wrong.append(f"{context}: {source!r} -> {text!r} (mnemonic &)")
    assert not wrong, "\n".join(wrong)


def test_english_plurals_have_singular_and_plural() -> None:
    i18n.install("en")
    translate = QtCore.QCoreApplication.translate
    assert translate("SyncStatusWidget", "%n unsynced change(s)", None, 1) == "1 unsynced change"
    assert translate("SyncStatusWidget", "%n unsynced change(s)", None, 2) == "2 unsynced changes"


def test_installing_a_language_switches_the_texts_and_back() -> None:
    translate = QtCore.QCoreApplication.translate
    i18n.install("de")
    assert translate("TodayPanel", "Today") == "Heute"
    assert labels.label("status", "closed") == "abgeschlossen"
    assert translate("TodayPanel", "%n conflict(s) to review", None, 2) == "2 Konflikte zu prüfen"
    i18n.install("en")
    assert translate("TodayPanel", "Today") == "Today"
    assert labels.label("status", "closed") == "closed"
