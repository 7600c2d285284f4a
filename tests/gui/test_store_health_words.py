"""The damaged-database bar and dialog in words a user reads: SQLite's report (lines of page numbers, in
English) is in their details, not in the sentence, in both languages; a short detail stays in the sentence."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ipdesk.services.store.health import Health

REPORT = (
    "*** in database main ***\n"
    "On tree page 57 cell 7: invalid page number -20623923\n"
    "On tree page 64 cell 3: invalid page number 422386820"
)


def _latin_words(text: str, path: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text.replace(path, ""))


def test_damaged_bar_and_dialog_keep_sqlite_report_in_details(window, qtbot):
    path = Path("/data/demo.sqlite3")
    health = Health("damaged", path, REPORT)
    language = window.context.language
    try:
        for lang in ("en", "zh_CN"):
            language.apply(lang)
            window.store_banner.show_health(health)
            text = window.store_banner.label.text()
            assert "On tree page" not in text and "\n" not in text, text
            assert window.store_banner.label.toolTip() == REPORT
            box = window.store_repair.offer(health)
            assert box is not None and box.detailedText() == REPORT
            assert "On tree page" not in box.text()
            if lang == "zh_CN":  # no English left but the product's and SQLite's names
                assert set(_latin_words(text, str(path))) <= {"IP", "Desk", "SQLite"}, text
            else:
                assert "SQLite found damaged pages" in text
            box.done(QMessageBox.StandardButton.Cancel)
            qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storeDamagedDialog") is None)
        short = Health("damaged", path, "file is not a database")
        window.store_banner.show_health(short)
        assert "file is not a database" in window.store_banner.label.text()
    finally:
        language.apply("en")
