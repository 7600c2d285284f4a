"""The translation catalogues: complete, compiled, one home per string, and every visible literal goes
through Qt's translation system.

Catalogues (resources/translations/): ``ipdesk_<area>_zh_CN.ts`` belongs to the modules of a tab's package
``ui/<area>/``; ``ipdesk_zh_CN.ts`` is the shell's (every other module of ``ui/``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ipdesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
AREAS = ("classify", "fulltext", "risk")


def catalogue_of(source: Path) -> str:
    """The catalogue a source file belongs to."""
    parts = source.parts
    area = parts[parts.index("ui") + 1] if "ui" in parts[:-1] else ""
    if area in AREAS:
        return f"ipdesk_{area}_zh_CN.ts"
    return "ipdesk_zh_CN.ts"


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element, ET.Element]]:
    """(context, source, translation element, message element) for every message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation"), message))
    return out


def lrelease() -> str:
    """pyside6-lrelease next to the interpreter, or the lrelease binary shipped inside PySide6."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (
        package / "lrelease",
        package / "lrelease.exe",
        package / "Qt" / "libexec" / "lrelease",
    ):
        if candidate.exists():
            return str(candidate)
    pytest.fail("pyside6-lrelease not found next to the interpreter nor in the PySide6 package")


def test_the_catalogues_are_the_four_expected() -> None:
    names = {p.name for p in ts_files()}
    assert names == {"ipdesk_zh_CN.ts"} | {f"ipdesk_{a}_zh_CN.ts" for a in AREAS}


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    missing = []
    for context, source, translation, _ in messages(ts):
        if translation is None:
            missing.append((context, source, "no translation"))
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append((context, source, translation.get("type")))
        elif not (translation.text or "").strip() and not translation.findall("numerusform"):
            missing.append((context, source, "empty"))
    assert not missing, missing[:20]
    assert messages(ts), f"{ts.name} holds no message"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    wrong = []
    for context, source, translation, _ in messages(ts):
        forms = translation.findall("numerusform") if translation is not None else []
        texts = [f.text or "" for f in forms] or [translation.text or "" if translation is not None else ""]
        for text in texts:
            for pattern in (r"%\d", r"\{\w*\}"):
                if Counter(re.findall(pattern, source)) != Counter(re.findall(pattern, text)):
                    wrong.append((context, source, text))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_compiled_qm_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run pyside6-lrelease"
    fresh = tmp_path / shipped.name
    subprocess.run([lrelease(), str(ts), "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is older than {ts.name}"


def test_each_message_lives_in_its_own_catalogue_only() -> None:
    homes: dict[tuple[str, str], list[str]] = {}
    wrong_home = []
    for ts in ts_files():
        for context, source, _, message in messages(ts):
            homes.setdefault((context, source), []).append(ts.name)
            for location in message.iter("location"):
                filename = location.get("filename")
                if filename and catalogue_of(Path(filename)) != ts.name:
                    wrong_home.append((ts.name, filename, source))
    duplicated = {key: names for key, names in homes.items() if len(names) > 1}
    assert not duplicated, list(duplicated.items())[:10]
    assert not wrong_home, wrong_home[:10]


# --- every visible literal goes through tr()/translate --------------------------------------------------------
#
# Heuristic: a call whose callee is one of the Qt setters/constructors below that take user-visible text, with a
# plain string literal (or an f-string) with letters as its text argument, is an untranslated string. Texts
# built by tr()/QCoreApplication.translate()/helper functions are calls, not literals, and pass. Literals with
# no letters ("…", "—", "%") and file-dialog filters are not words and pass.
TEXT_SETTERS = {
    "setText": 0,
    "setToolTip": 0,
    "setStatusTip": 0,
    "setWhatsThis": 0,
    "setWindowTitle": 0,
    "setPlaceholderText": 0,
    "setTitle": 0,
    "setLabelText": 0,
    "setAccessibleName": 0,
    "setAccessibleDescription": 0,
    "setInformativeText": 0,
    "setSuffix": 0,
    "setPrefix": 0,
    "setSpecialValueText": 0,
    "showMessage": 0,
    "addTab": 1,
    "setTabText": 1,
    "setTabToolTip": 1,
    "addMenu": 0,
    "addItem": 0,
    "QLabel": 0,
    "QPushButton": 0,
    "QCheckBox": 0,
    "QRadioButton": 0,
    "QGroupBox": 0,
    "QToolButton": 0,
}
ACTION_CALLS = {"QAction": 0, "addAction": 0}
MESSAGE_BOXES = {"information": 2, "warning": 2, "critical": 2, "question": 2, "about": 2, "getText": 2}
FOR_MESSAGE_BOX = ("QMessageBox", "QInputDialog")


def callee_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


# Language names are written in their own language (an endonym) on purpose, in every UI language.
ENDONYMS = {"English", "中文", "简体中文"}


def has_letters(text: str) -> bool:
    """Letters outside HTML tags (markup such as "<h2>" around translated parts is not words)."""
    return any(c.isalpha() for c in re.sub(r"<[^>]*>", "", text))


def is_words(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return has_letters("".join(str(v.value) for v in node.values if isinstance(v, ast.Constant)))
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value not in ENDONYMS
        and has_letters(node.value)
    )


def untranslated_literals(tree: ast.AST) -> list[tuple[int, str, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = callee_name(node)
        positions: list[int] = []
        if name in TEXT_SETTERS:
            positions = [TEXT_SETTERS[name]]
        elif name in ACTION_CALLS:  # QAction(text, parent) / addAction(text) / addAction(icon, text)
            positions = [0, 1]
        elif name in MESSAGE_BOXES:  # QMessageBox.warning(parent, title, text)
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id in FOR_MESSAGE_BOX:
                positions = [1, 2]
        for index in positions:
            if index < len(node.args) and is_words(node.args[index]):
                found.append((node.lineno, name, ast.unparse(node.args[index])[:60]))
    return found


def test_the_heuristic_finds_untranslated_literals() -> None:
    sample = ast.parse(
        "label.setText('Hello')\n"
        "label.setText(self.tr('Hello'))\n"
        "QMessageBox.warning(self, 'Title', f'{n} failed')\n"
        "menu.addAction(self.tr('Copy'))\n"
        "QAction('Quit', self)\n"
        "label.setText('…')\n"
        "label.setText(f'<b>{title}</b>')\n"
        "combo.addItem('中文')\n"
    )
    assert [(line, name) for line, name, _ in untranslated_literals(sample)] == [
        (1, "setText"),
        (3, "warning"),
        (3, "warning"),
        (5, "QAction"),
    ]


def test_visible_literals_go_through_translation() -> None:
    offenders = []
    for source in sorted(UI.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        offenders += [(str(source.relative_to(UI)), *hit) for hit in untranslated_literals(tree)]
    assert not offenders, offenders
