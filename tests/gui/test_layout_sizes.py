"""Every tab fits the default 1120x720 window and 1280x720 / 1366x768 screens, in English and in Chinese, at its
default splitter sizes, in a working state (Classification: demo patents classified; Full text: a demo document
open): each documented widget is shown, lies inside the visible rect of every parent up to the window (inside the
viewport when in a scroll area) and is not narrower than its minimum size hint (buttons, combos, check boxes,
one-line labels: their text is whole). The Risk tab's detail pane is tests/gui/test_risk_layout.py's; its list side
is checked here. Screenshots go to the test's tmp folder and to /tmp/ipdesk-layout/<lang>-<w>x<h>-<tab>.png."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from ipdesk.sandbox.demo import demo_description_patents, demo_patent_numbers
from ipdesk.services.cost import SETTING_KEY
from ipdesk.ui.core.settings import SETTINGS_FILENAME

SIZES = [(1120, 720), (1280, 720), (1366, 768)]
LANGS = ["en", "zh_CN"]
SHOTS = Path("/tmp/ipdesk-layout")

# the documented widgets of each tab in its working state (the ones hidden by design left out: Cancel, Resume and
# Retry with no run to act on, the message line with no message, the chart's Back outside a drill-down, the
# "no document" text and the find bar while a document is open)
WIDGETS = {
    "classification": [
        "classifyInputText",
        "classifyCountsLabel",
        "classifyOpenButton",
        "classifyLangCombo",
        "classifyRefreshCheck",
        "classifyJobsButton",
        "classifyRecentButton",
        "classifyButton",
        "classifyProgressBar",
        "classifyProgressLabel",
        "classifyFilterEdit",
        "classifyLevelFilterLabel",
        "classifyRowsLabel",
        "classifyTable",
        "classifyChartTitle",
        "classifyChartView",
        "classifyChartSummary",
    ],
    "fulltext": [
        "fulltextPatentEdit",
        "fulltextLangCombo",
        "fulltextRelatedCheck",
        "fulltextOpenButton",
        "fulltextRecentList",
        "fulltextTabs",
        "fulltextClassifyButton",
        "fulltextOutline",
        "fulltextText",
    ],
    "risk": [
        "riskAddEdit",
        "riskAddButton",
        "riskImportButton",
        "riskRefreshSelectedButton",
        "riskRefreshAllButton",
        "riskRemoveButton",
        "riskExportButton",
        "riskTagFilter",
        "riskFlagFilter",
        "riskMonitorCheck",
        "riskTable",
    ],
}
# the window's own, around every tab
SHELL = [
    "mainTabs",
    "demoBannerText",
    "demoAddAccountButton",
    "statusProfile",
    "statusConnection",
    "statusCallsToday",
]
# shown only when they have something to say (a status message; a document without text of its own): checked when
# shown
WHEN_SHOWN = {
    "fulltextStatus",
    "fulltextInfo",
    "fulltextLoadFileButton",
    "classifyMessageLabel",
    "riskMessageLabel",
}
# lists whose columns must fit their width (a sideways scroll bar would hide a column: the outline's Category)
NO_SIDEWAYS = {"fulltextOutline", "fulltextRecentList"}
WHOLE_TEXT_PATENT = "US3937375A"  # a demo patent without sections: the whole text and a note
TAB_NAMES = {"classification": "tab_classification", "fulltext": "tab_fulltext", "risk": "tab_risk"}


def _clipping_parent(widget: QWidget, top: QWidget) -> str | None:
    """The first parent (up to `top`) whose visible rect does not hold all of `widget`, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        corner = widget.mapTo(parent, widget.rect().topLeft())
        if not parent.rect().contains(QRect(corner, widget.size())):
            return parent.objectName() or type(parent).__name__
        if parent is top:
            return None
        parent = parent.parentWidget()
    return None


def _text_must_be_whole(widget: QWidget) -> bool:
    """Buttons, combos, check boxes and one-line labels (a label sized to ignore its text, so that a changing
    progress text does not re-layout the tab, must still show all of it)."""
    if isinstance(widget, (QAbstractButton, QComboBox)):
        return True
    if isinstance(widget, QLabel):
        return not widget.wordWrap()
    return False


def _problems(tab: QWidget, scope: QWidget, window: QWidget, names: list[str]) -> list[str]:
    """What is wrong with the named widgets (looked for in `scope` first, then in `tab`)."""

    def find(object_name: str) -> QWidget | None:
        found = scope.findChild(QWidget, object_name)
        return found if found is not None else tab.findChild(QWidget, object_name)

    shown = [name for name in WHEN_SHOWN if (widget := find(name)) is not None and widget.isVisible()]
    problems = []
    for name in names + shown:
        widget = find(name)
        assert widget is not None, name
        if not widget.isVisible():
            problems.append(f"{name} is hidden")
            continue
        clipper = _clipping_parent(widget, window)
        if clipper is not None:
            problems.append(f"{name} is cut off by {clipper}")
        if name in NO_SIDEWAYS and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name} scrolls sideways")
        hint = widget.minimumSizeHint().width()
        if _text_must_be_whole(widget) and widget.width() < hint:
            problems.append(f"{name} is narrower than its text ({widget.width()} < {hint})")
    return problems


def _working_state(window, qtbot, tab_key: str):
    tab = window.findChild(QWidget, TAB_NAMES[tab_key])
    window.tabs.setCurrentWidget(tab)
    if tab_key == "classification":
        tab.input.set_text("\n".join(demo_patent_numbers()[:6]))
        qtbot.waitUntil(lambda: tab.input.parsed is not None and not tab.input.pending(), timeout=5000)
        tab.classify_button.click()
        qtbot.waitUntil(lambda: tab.results.model.rowCount() > 0 and not tab.runner.busy, timeout=20000)
        assert tab.paid_work_box is None
    elif tab_key == "fulltext":
        # a document without sections (in a background tab), then one with sections and its outline
        for patent in (WHOLE_TEXT_PATENT, demo_description_patents()[0]):
            tab.open_in_office_language(patent)
            qtbot.waitUntil(
                lambda p=patent: tab.current_view() is not None and tab.current_view().patent == p,
                timeout=10000,
            )
        qtbot.waitUntil(lambda: not tab.pending, timeout=10000)
    else:
        qtbot.waitUntil(
            lambda: tab._loaded and tab.model.rowCount() > 0 and not tab.runner.busy, timeout=20000
        )
    qtbot.waitUntil(lambda: not window.context.tasks.running(), timeout=20000)
    return tab


@pytest.mark.parametrize("tab_key", ["classification", "fulltext", "risk"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_documented_widgets_fit(make_window, data_dir, qtbot, tmp_path, size, lang, tab_key):
    settings = QSettings(str(Path(data_dir) / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    settings.setValue(SETTING_KEY, 10**6)  # the paid-work threshold raised: a run starts on the click
    settings.sync()
    window = make_window(demo=True)
    language = window.context.language
    try:
        language.apply(lang)
        width, height = size
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width and window.height() == height, timeout=3000)
        tab = _working_state(window, qtbot, tab_key)
        if lang != "en":
            assert window.tabs.tabText(0) != "Classification"  # the Chinese catalogue is in use
        qtbot.wait(100)
        name = f"{lang}-{width}x{height}-{tab_key}.png"
        SHOTS.mkdir(exist_ok=True)
        shot = window.grab()
        assert shot.save(str(tmp_path / name)) and shot.save(str(SHOTS / name))
        # a document's widgets are looked for in the open document (each open document has its own)
        scope = tab.current_view() if tab_key == "fulltext" else tab
        problems = _problems(tab, scope, window, WIDGETS[tab_key]) + _problems(window, window, window, SHELL)
        assert problems == []
    finally:
        language.apply("en")


def test_the_check_finds_a_clipped_button_and_a_widget_behind_a_scroll_bar(qtbot):
    """The check itself can fail: a button narrower than its text, a line edit past a scroll area's viewport."""
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QScrollArea

    top = QWidget()
    qtbot.addWidget(top)
    layout = QHBoxLayout(top)
    button = QPushButton("A button with a long text", top)
    button.setObjectName("narrowButton")
    button.setFixedWidth(40)
    scroll = QScrollArea(top)
    inner = QWidget()
    edit = QLineEdit(inner)
    edit.setObjectName("farEdit")
    edit.setGeometry(0, 0, 400, 24)
    inner.resize(400, 30)
    scroll.setWidget(inner)
    layout.addWidget(button)
    layout.addWidget(scroll)
    top.resize(300, 120)
    top.show()
    qtbot.waitExposed(top)
    problems = _problems(top, top, top, ["narrowButton", "farEdit"])
    assert any(p.startswith("narrowButton is narrower than its text") for p in problems), problems
    assert any(p.startswith("farEdit is cut off by qt_scrollarea_viewport") for p in problems), problems
