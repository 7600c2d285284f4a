"""Links between tabs (routed by the shell): a classification row opens its full text (double-click, Enter,
context menu), copies its number, opens PatSnap or Espacenet; a document puts its patent into the
Classification tab's list. External addresses are caught with QDesktopServices.setUrlHandler."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from ipdesk.services.links import espacenet_url, patsnap_url

CN, US = "CN116420141A", "US8927118B2"  # demo patents with a classification answer and a description


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def _classified(window, qtbot, text: str):
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    tab = window.findChild(QWidget, "tab_classification")
    window.tabs.setCurrentWidget(tab)
    tab.input.set_text(text)
    tab.classify()
    qtbot.waitUntil(
        lambda: tab._last_end is not None and not tab.runner.busy and tab.results.model.rowCount() >= 2,
        timeout=20000,
    )
    return tab


def _row_index(tab, number: str):
    proxy = tab.results.proxy
    for r in range(proxy.rowCount()):
        index = proxy.index(r, 0)
        if tab.results.row_at(index).patent_number == number:
            return index
    raise AssertionError(f"{number} not in the table")


def test_rows_open_full_text_and_web_views(window, qtbot):
    tab = _classified(window, qtbot, f"{CN}\n{US}")
    fulltext = window.findChild(QWidget, "tab_fulltext")
    table = tab.results.table

    # double-click: the Full text tab opens the patent in its office's language
    index = _row_index(tab, CN)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab() is fulltext
    qtbot.waitUntil(lambda: fulltext.find_view(CN, "CN") >= 0 and not fulltext.pending, timeout=10000)
    assert fulltext.current_view().patent == CN and fulltext.current_view().lang == "CN"

    # Enter on another row
    window.tabs.setCurrentWidget(tab)
    table.setFocus()
    table.setCurrentIndex(_row_index(tab, US))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_tab() is fulltext
    qtbot.waitUntil(lambda: fulltext.find_view(US, "EN") >= 0 and not fulltext.pending, timeout=10000)

    # the context menu: open full text (default), copy number, PatSnap, Espacenet
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    window.tabs.setCurrentWidget(tab)
    menu = tab.row_links.menu(_row_index(tab, US))
    assert isinstance(menu, QMenu) and menu.objectName() == "classifyRowMenu"
    actions = {a.objectName(): a for a in menu.actions()}
    assert list(actions) == [
        "classifyOpenFullTextAction",
        "classifyCopyNumberAction",
        "classifyOpenPatsnapAction",
        "classifyOpenEspacenetAction",
    ]
    assert menu.defaultAction() is actions["classifyOpenFullTextAction"]
    assert all(a.text() and a.isEnabled() for a in actions.values())
    actions["classifyCopyNumberAction"].trigger()
    assert QGuiApplication.clipboard().text() == US

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        actions["classifyOpenPatsnapAction"].trigger()
        actions["classifyOpenEspacenetAction"].trigger()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    base_url = window.context.profile.base_url
    assert catcher.urls == [patsnap_url(US, base_url), espacenet_url(US)]
    assert catcher.urls[1] == f"https://worldwide.espacenet.com/patent/search?q=pn%3D{US}"

    actions["classifyOpenFullTextAction"].trigger()
    assert window.current_tab() is fulltext
    assert tab.row_links.menu(table.model().index(-1, -1)) is None  # outside a row: no menu


def test_classify_this_patent_fills_the_list_and_sends_nothing(window, qtbot):
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    fulltext = window.findChild(QWidget, "tab_fulltext")
    window.tabs.setCurrentWidget(fulltext)
    fulltext.open_in_office_language(CN)
    qtbot.waitUntil(lambda: fulltext.find_view(CN, "CN") >= 0 and not fulltext.pending, timeout=10000)
    qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=10000)
    store = window.context.store()
    calls = store.usage.calls_today()
    button = fulltext.current_view().findChild(QWidget, "fulltextClassifyButton")
    assert button.isVisible() and button.text() == "Classify this patent"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    classify = window.findChild(QWidget, "tab_classification")
    assert window.current_tab() is classify
    assert classify.input.text().split() == [CN]

    window.tabs.setCurrentWidget(fulltext)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # already in the list: kept once
    assert classify.input.text().split() == [CN]
    classify.input.set_text("US1\n\n")
    window.tabs.setCurrentWidget(fulltext)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert classify.input.text().split() == ["US1", CN]

    qtbot.wait(300)
    qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=10000)
    assert not classify.runner.busy and classify._last_end is None  # no run started
    assert store.usage.calls_today() == calls
