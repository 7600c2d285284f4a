"""The main window: demo mode, menus and shortcuts, forwarding to tabs, language switch, layout, a11y names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from ipdesk.ui.shell.tabs import TAB_SPECS, PlaceholderTab

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QTabWidget, QProgressBar)


def test_opens_in_demo_mode_with_banner(window, qtbot):
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    assert window.context.demo
    assert window.banner.isVisible()
    assert "Demo mode: the data you see is sample data." in window.banner.label.text()
    button = window.findChild(QAbstractButton, "demoAddAccountButton")
    assert button is not None and button.isVisible()
    # the demo client talks to the built-in sandbox over real HTTP
    assert window.context.client().test_connection()
    qtbot.waitUntil(lambda: window.context.state == "connected", timeout=5000)
    profile_label = window.findChild(QLabel, "statusProfile")
    assert "Demo" in profile_label.text()
    assert window.findChild(QLabel, "statusConnection").text() == "Connected"
    calls = window.findChild(QLabel, "statusCallsToday")
    qtbot.waitUntil(lambda: calls.text() == "API calls today: 0", timeout=5000)  # a token request is free
    assert [window.tabs.tabText(i) for i in range(3)] == ["Classification", "Full text", "Risk monitoring"]
    assert window.windowTitle() == "IP Desk — demo mode"


def test_add_account_button_opens_accounts_dialog(window, qtbot):
    qtbot.waitUntil(window.banner.isVisible)
    window.findChild(QAbstractButton, "demoAddAccountButton").click()
    dialog = window.findChild(QWidget, "accountsDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_api_calls_today_come_from_the_usage_ledger(window, qtbot):
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    risk = window.findChild(QWidget, "tab_risk")  # opening the tab refreshes the sample watchlist
    qtbot.waitUntil(
        lambda: (
            risk._loaded
            and risk.model.rowCount() > 0
            and not risk.runner.busy
            and not window.context.tasks.running()
        ),
        timeout=20000,
    )
    before = window.context.store().usage.calls_today("(demo)")
    client = window.context.client()
    window.context.tasks.run(
        "seic", lambda ctx: client.seic_classification(["CN1"], by="patent_number"), owner=window
    )
    label = window.findChild(QLabel, "statusCallsToday")
    qtbot.waitUntil(lambda: label.text() == f"API calls today: {before + 1}", timeout=5000)
    assert window.context.store().usage.calls_today("(demo)") == before + 1


def test_menus_use_standard_shortcuts(window):
    actions = window.menus.actions
    assert actions["copy"].shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Copy)
    assert actions["select_all"].shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.SelectAll)
    assert actions["find"].shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    assert actions["import"].shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
    assert actions["quit"].shortcut().toString() == "Ctrl+Q"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Account", "&Help"]


def test_placeholder_tabs_until_tab_modules_exist(window):
    for index, spec in enumerate(TAB_SPECS):
        widget = window.tabs.widget(index)
        assert widget.objectName() == f"tab_{spec.key}"
        if isinstance(widget, PlaceholderTab):
            text = widget.findChild(QLabel).text()
            assert spec.title() in text and "coming soon" not in text.lower()
    # File/Edit entries a placeholder cannot serve are disabled
    window.tabs.setCurrentIndex(0)
    if isinstance(window.tabs.widget(0), PlaceholderTab):
        assert not window.menus.actions["export"].isEnabled()


class _RecordingTab(QWidget):
    """A tab that implements the TabActions protocol and records what the menus asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tab_recording")
        self.calls: list[str] = []

    def import_file(self) -> None:
        self.calls.append("import_file")

    def export(self) -> None:
        self.calls.append("export")

    def copy(self) -> None:
        self.calls.append("copy")

    def find(self) -> None:
        self.calls.append("find")


def test_file_and_edit_actions_are_forwarded_to_the_current_tab(window, qtbot):
    tab = _RecordingTab()
    index = window.tabs.addTab(tab, "Recording")
    window.tabs.setCurrentIndex(index)
    for key in ("import", "export", "copy", "find"):
        assert window.menus.actions[key].isEnabled()
        window.menus.actions[key].trigger()
    assert tab.calls == ["import_file", "export", "copy", "find"]
    # select_all is not implemented by the tab: the focused line edit gets it instead
    edit = QLineEdit("some text", tab)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is edit)
    window.menus.actions["select_all"].trigger()
    assert edit.selectedText() == "some text"


def test_language_switch_is_live(window, qtbot):
    window.menus.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(
        lambda: window.tabs.tabText(0) == "分类", timeout=3000
    )  # LanguageChange is delivered async
    assert window.context.language.effective() == "zh_CN"
    assert window.context.language.api_lang() == "zh"
    assert [window.tabs.tabText(i) for i in range(3)] == ["分类", "全文", "风险监控"]
    assert window.menuBar().actions()[0].text().startswith("文件")
    assert "演示模式" in window.banner.label.text()
    assert (
        QSettings(window.context.settings.fileName(), QSettings.Format.IniFormat).value("ui/language")
        == "zh_CN"
    )
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Classification", timeout=3000)
    assert window.menuBar().actions()[0].text() == "&File"


def test_layout_and_last_tab_are_restored(make_window, qtbot):
    first = make_window()
    first.resize(first.width() + 13, first.height() + 7)  # tabs set the minimum size; grow from there
    saved_size = (first.width(), first.height())
    first.tabs.setCurrentIndex(2)
    first.close()
    assert not first.isVisible()
    second = make_window()
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == saved_size
    second.menus.actions["reset_layout"].trigger()
    assert second.context.settings.value("window/geometry") is None


def test_every_interactive_widget_has_object_and_accessible_names(window, qtbot):
    window.open_accounts()
    dialog = window.findChild(QWidget, "accountsDialog")
    qtbot.waitUntil(dialog.isVisible)
    for root in (window, dialog):
        for widget in root.findChildren(QWidget):
            if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(root) and widget.parent() is not None:
                if type(widget).__name__ in ("QTabBar", "QToolButton") and not widget.objectName():
                    continue  # Qt's internal tab-bar scroll buttons
                assert widget.objectName(), (
                    f"{type(widget).__name__} without objectName in {root.objectName()}"
                )
                assert widget.accessibleName(), f"{widget.objectName()} has no accessibleName"
    dialog.close()


def test_about_and_diagnostics_without_secrets(window, qtbot):
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    window.menus.actions["about"].trigger()
    box = window.findChild(QWidget, "aboutBox")
    assert box is not None
    assert QCoreApplication.applicationVersion() in box.text() or "Version" in box.text()
    assert "Qt version" in box.text() and "Data folder" in box.text()
    box.close()
    QGuiApplication.clipboard().clear()
    window.menus.actions["copy_diagnostics"].trigger()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("IP Desk"), timeout=5000)
    text = QGuiApplication.clipboard().text()
    from ipdesk.sandbox.credentials import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    assert "Keyring:" in text and "Demo mode: True" in text
    assert DEMO_CLIENT_SECRET not in text and DEMO_CLIENT_ID not in text


def test_screenshots_in_english_and_chinese(window, qtbot):
    """Saves /tmp/ipdesk-shell-en.png and -zh.png (looked at by a person; here: they are real pictures)."""
    qtbot.waitUntil(lambda: window.context.client() is not None, timeout=10000)
    window.resize(1000, 680)
    for lang, tab_text in (("en", "Classification"), ("zh_CN", "分类")):
        window.context.language.apply(lang)
        qtbot.waitUntil(lambda t=tab_text: window.tabs.tabText(0) == t, timeout=3000)
        qtbot.wait(50)
        image = window.grab().toImage()
        assert image.width() >= 800 and not image.isNull()
        suffix = "en" if lang == "en" else "zh"
        assert image.save(f"/tmp/ipdesk-shell-{suffix}.png")
    window.context.language.apply("en")


def test_the_window_fits_a_1280x720_laptop_screen_in_both_languages(window, qtbot):
    """With every tab built, the window's minimum size leaves room for a title bar and a task bar on a
    1280x720 screen (about 650 px of height), in English and in Chinese (whose fonts are taller)."""
    from PySide6.QtWidgets import QTabWidget

    tabs = window.findChild(QTabWidget, "mainTabs")
    for lang in ("en", "zh_CN"):
        window.context.language.apply(lang)
        qtbot.wait(50)
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(20)
            minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert minimum.width() <= 1200 and minimum.height() <= 640, (lang, i, minimum)
        window.resize(1280, 650)
        qtbot.wait(50)
        assert (window.width(), window.height()) == (1280, 650)
    window.context.language.apply("en")


def test_demo_mode_has_a_sample_watchlist_ready_to_refresh(window, qtbot):
    from ipdesk.sandbox.demo import demo_companies

    risk = window.findChild(QWidget, "tab_risk")
    qtbot.waitUntil(lambda: risk._loaded and risk.model.rowCount() > 0, timeout=10000)
    codes = {row.company.value for row in risk.model.rows()}
    assert codes == {c["credit_code"] for c in demo_companies()}
    qtbot.waitUntil(lambda: not risk.runner.busy, timeout=20000)  # the release monitor's first refresh
    assert risk.refresh_all_button.isEnabled()
