"""What the results table paints: a cell's roles in one multiData call through the filter proxy, the same as
data() answers; rows appended out of sight repaint nothing, rows that come into view do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelRoleData, QObject, Qt
from PySide6.QtWidgets import QApplication

from ipdesk.services.classify import ClassRow
from ipdesk.services.portfolio import Distribution
from ipdesk.ui.classify.results import ResultsPanel


def rows(first, last):
    return [
        ClassRow(
            f"CN{i}A",
            f"CN{i}A",
            f"id{i}",
            "3",
            "Manufacturing",
            "3.1",
            "Machines",
            "failed" if i % 3 == 0 else "ok",
            "Service busy" if i % 3 == 0 else "",
            f"CN{i}A",
            f"Title {i}",
            f"Company {i}",
            "2019-01-02",
            "2020-03-04",
            "grant",
        )
        for i in range(first, last)
    ]


class Paints(QObject):
    count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle():
    for _ in range(3):  # the view's delayed layout, then its repaint
        QApplication.processEvents()


def test_multidata_answers_what_data_answers(qapp):
    panel = ResultsPanel()
    panel.model.set_status_texts({"ok": "Classified"})
    panel.reset_rows(rows(0, 30), Distribution(), with_biblio=True)
    panel.model.set_alt_names({"3": "制造", "3.1": "机器"})
    panel.proxy.set_text_filter("company 1")  # through the filter: proxy rows are not source rows
    roles = range(14)
    served = set()
    for r in range(panel.proxy.rowCount()):
        for c in range(panel.proxy.columnCount()):
            index = panel.proxy.index(r, c)
            slots = [QModelRoleData(role) for role in roles]
            panel.proxy.multiData(index, slots)
            for role, slot in zip(roles, slots, strict=True):
                assert slot.data() == index.data(role), (r, c, role)
                if slot.data() is not None:
                    served.add(role)
    assert served == {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    }


def test_rows_appended_out_of_sight_repaint_nothing(qapp):
    panel = ResultsPanel()
    panel.resize(900, 400)
    panel.show()
    paints = Paints()
    panel.table.viewport().installEventFilter(paints)
    bar = panel.table.verticalScrollBar()
    panel.model.append_rows(rows(0, 100))
    settle()
    assert paints.count > 0 and bar.maximum() > 0  # the first rows are seen
    before, maximum = paints.count, bar.maximum()
    panel.model.append_rows(rows(100, 150))
    settle()
    assert paints.count == before and bar.maximum() == maximum + 50  # only the scroll bar follows
    panel.proxy.set_text_filter("cn14")  # CN14A and CN140A-CN149A
    settle()
    panel.proxy.set_text_filter("")  # rows come back above and between the shown ones: repainted
    before = paints.count
    settle()
    first = panel.table.indexAt(panel.table.viewport().rect().topLeft())
    assert paints.count > before and first.data() == "CN0A"
    bar.setValue(bar.maximum())  # the last rows in view: appended rows are below them, out of sight
    settle()
    before = paints.count
    panel.model.append_rows(rows(150, 160))
    settle()
    assert paints.count == before and bar.maximum() == maximum + 60
    panel.close()
