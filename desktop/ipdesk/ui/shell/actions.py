"""The main window's actions and menus (standard shortcuts where Qt has them)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

# key -> (standard key or None, custom shortcut or None)
_SHORTCUTS: dict[str, tuple[QKeySequence.StandardKey | None, str | None]] = {
    "import": (QKeySequence.StandardKey.Open, None),
    "export": (QKeySequence.StandardKey.SaveAs, None),
    "report": (None, None),
    "print": (QKeySequence.StandardKey.Print, "Ctrl+P"),
    "quit": (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
    "copy": (QKeySequence.StandardKey.Copy, None),
    "select_all": (QKeySequence.StandardKey.SelectAll, None),
    "find": (QKeySequence.StandardKey.Find, None),
    "reset_layout": (None, None),
    "accounts": (None, None),
    "test_connection": (None, None),
    "usage": (None, None),
    "about": (QKeySequence.StandardKey.HelpContents, None),
    "open_logs": (None, None),
    "copy_diagnostics": (None, None),
}
LANGUAGES = ("system", "en", "zh_CN")


class WindowActions(QObject):
    """Creates the menus on `window`; `actions[key]` and `language_actions[choice]` for wiring and tests."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for key, (standard, custom) in _SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"action_{key}")
            if standard is not None and QKeySequence.keyBindings(standard):
                action.setShortcuts(standard)
            elif (
                custom
            ):  # setShortcuts: PySide6's setShortcut(QKeySequence) builds ~130 Qt enums (~15 ms) first
                action.setShortcuts([QKeySequence(custom)])
            self.actions[key] = action
        self.actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for choice in LANGUAGES:
            action = QAction(window, checkable=True)
            action.setObjectName(f"action_language_{choice}")
            action.setData(choice)
            self.language_group.addAction(action)
            self.language_actions[choice] = action

        bar = window.menuBar()
        bar.setObjectName("menuBar")
        self.menus: dict[str, QMenu] = {}
        layout = {
            "file": ("import", "export", None, "report", "print", None, "quit"),
            "edit": ("copy", "select_all", None, "find"),
            "view": ("language", "reset_layout"),
            "account": ("accounts", "test_connection", None, "usage"),
            "help": ("about", "open_logs", "copy_diagnostics"),
        }
        for name, keys in layout.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{name}")
            self.menus[name] = menu
            for key in keys:
                if key is None:
                    menu.addSeparator()
                elif key == "language":
                    sub = menu.addMenu("")
                    sub.setObjectName("menu_language")
                    self.menus["language"] = sub
                    for action in self.language_actions.values():
                        sub.addAction(action)
                else:
                    menu.addAction(self.actions[key])
        self.retranslateUi()

    def retranslateUi(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "account": self.tr("&Account"),
            "help": self.tr("&Help"),
            "language": self.tr("&Language"),
        }
        for name, title in titles.items():
            self.menus[name].setTitle(title)
            self.menus[name].setAccessibleName(title.replace("&", ""))
        texts = {
            "import": (self.tr("&Import…"), self.tr("Import a file into the current tab")),
            "export": (self.tr("&Export…"), self.tr("Export the current tab's results")),
            "report": (
                self.tr("&Report…"),
                self.tr("Make a report of the current tab's results: PDF, printout or Excel workbook"),
            ),
            "print": (self.tr("&Print…"), self.tr("Print a report of the current tab's results")),
            "quit": (self.tr("&Quit"), self.tr("Quit IP Desk")),
            "copy": (self.tr("&Copy"), self.tr("Copy the selection")),
            "select_all": (self.tr("Select &all"), self.tr("Select everything in the current view")),
            "find": (self.tr("&Find…"), self.tr("Find in the current tab")),
            "reset_layout": (
                self.tr("&Reset layout"),
                self.tr("Restore the default window size and panel sizes"),
            ),
            "accounts": (self.tr("&Accounts…"), self.tr("Add, edit or delete PatSnap accounts")),
            "test_connection": (
                self.tr("&Test connection"),
                self.tr("Check that the active account can sign in"),
            ),
            "usage": (self.tr("&Usage…"), self.tr("API calls per day, operation and account")),
            "about": (self.tr("&About IP Desk"), self.tr("Version, Qt version and data folder")),
            "open_logs": (self.tr("Open &log folder"), self.tr("Show the folder with IP Desk's log files")),
            "copy_diagnostics": (
                self.tr("Copy &diagnostics"),
                self.tr("Copy technical details (without secrets) to the clipboard"),
            ),
        }
        for key, (text, tip) in texts.items():
            action = self.actions[key]
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.language_actions["system"].setText(self.tr("&System language"))
        self.language_actions["en"].setText("English")  # language names are shown in their own language
        self.language_actions["zh_CN"].setText("中文")
