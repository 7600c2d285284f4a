"""The one table reader through the GUI: the same GB18030 and UTF-16 files (a search URL line, then a Chinese
header) import the same entries in the Classification tab (Open…/drop) and the Risk tab (Import…); a file that
is not a table is refused with the reader's message. The CLI side is tests/core/test_cli_table_input.py."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog
from test_risk_support import close_context, make_context, make_tab


def test_classification_tab_opens_the_file(make_classify_tab, qtbot, imported_table):
    path, patents, _codes = imported_table
    tab = make_classify_tab()
    proposed = []

    def accept_picker():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            proposed.append(dialog.textValue())
            dialog.accept()
        else:
            QTimer.singleShot(20, accept_picker)

    QTimer.singleShot(20, accept_picker)
    tab.open_file(str(path))
    qtbot.waitUntil(lambda: tab.input.text() == "\n".join(patents), timeout=5000)
    assert proposed == [f"专利号 — {patents[0]}"]  # the patent column, named by its decoded header
    qtbot.waitUntil(
        lambda: tab.input.counts.text().startswith("Unique: 3 · duplicates: 0 · invalid: 0"), timeout=5000
    )


def test_classification_tab_refuses_a_binary_file(make_classify_tab, qtbot, tmp_path):
    tab = make_classify_tab()
    path = tmp_path / "scan.csv"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    tab.open_file(str(path))
    qtbot.waitUntil(lambda: "scan.csv is a PDF document" in tab.message.text(), timeout=5000)
    assert tab.input.text() == ""


def test_risk_tab_imports_the_file(qloop, qtbot, sandbox, imported_table):
    path, _patents, codes = imported_table
    context = make_context(qtbot, sandbox)
    tab = make_tab(qtbot, context)
    try:
        tab.watchlist.import_path(str(path))  # what Import… calls with the chosen file
        qtbot.waitUntil(lambda: tab.findChild(QDialog, "riskImportColumnDialog") is not None, timeout=5000)
        dialog = tab.findChild(QDialog, "riskImportColumnDialog")
        assert dialog.combo.currentText() == "统一社会信用代码"  # the column of codes is proposed
        assert [dialog.preview.item(i).text() for i in range(dialog.preview.count())] == codes
        dialog.findChild(QDialogButtonBox, "riskImportButtons").button(
            QDialogButtonBox.StandardButton.Ok
        ).click()
        qtbot.waitUntil(
            lambda: "Companies added: 3." in tab.message.text(), timeout=5000
        )  # added on a worker
        assert sorted(c.value for c in context.store().watchlist.list_companies()) == sorted(codes)

        tab.watchlist.import_path(
            str(path), column="申请人"
        )  # by header: the names are other identifiers of them
        qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=5000)
        tab.watchlist.import_path(str(path), column="Owner")
        qtbot.waitUntil(lambda: "no column 'Owner'" in tab.message.text(), timeout=5000)
        assert "序号, 专利号, 申请人, 统一社会信用代码" in tab.message.text()  # the real names, decoded
        assert sandbox.counts.get("C029", 0) == 0  # importing makes no call
    finally:
        close_context(context, tab)
