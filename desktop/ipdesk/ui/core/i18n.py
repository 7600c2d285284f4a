"""The UI language: follows the OS by default, switchable at run time (View → Language).

Installing or removing a QTranslator makes Qt send QEvent.LanguageChange to every widget; each widget
re-applies its texts in `retranslateUi()` (called from `changeEvent`). API error messages use `api_lang()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal

from ipdesk.services.paths import resource_dir

log = logging.getLogger(__name__)

CHOICES = ("system", "en", "zh_CN")  # stored in QSettings "ui/language"
SETTINGS_KEY = "ui/language"


def translations_dir() -> str:
    return str(resource_dir("translations"))


def system_language() -> str:
    """ "zh_CN" when the OS prefers any Chinese, else "en" (the languages we ship)."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        if name.lower().replace("-", "_").startswith("zh"):
            return "zh_CN"
        if name.lower().startswith("en"):
            return "en"
    return "en"


class LanguageManager(QObject):
    """Owns the installed translators; `languageChanged(effective)` after a switch ("en" or "zh_CN")."""

    languageChanged = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translators: list[QTranslator] = []
        self._effective = "en"
        choice = str(settings.value(SETTINGS_KEY, "system") or "system")
        self._choice = choice if choice in CHOICES else "system"

    def choice(self) -> str:
        return self._choice

    def effective(self) -> str:
        return self._effective

    def api_lang(self) -> str:
        """The `lang` for ApiError.message(): "zh" or "en"."""
        return "zh" if self._effective.startswith("zh") else "en"

    def apply(self, choice: str | None = None) -> str:
        """Install the translators for `choice` (default: the saved one); returns the effective language."""
        if choice is not None:
            if choice not in CHOICES:
                raise ValueError(f"unknown language choice: {choice!r}")
            self._choice = choice
            self._settings.setValue(SETTINGS_KEY, choice)
        effective = system_language() if self._choice == "system" else self._choice
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if effective != "en":
            # The shell's catalogue plus one per GUI area (ipdesk_<area>_<lang>.qm), each owned by that area.
            folder = resource_dir("translations")
            names = sorted(
                entry.name[: -len(".qm")]
                for entry in folder.iterdir()
                if entry.name.startswith("ipdesk") and entry.name.endswith(f"_{effective}.qm")
            )
            for name in names:
                self._install(app, name, translations_dir())
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(app, f"qtbase_{effective}", qt_dir)  # standard buttons and dialogs
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if effective == "zh_CN"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        changed = effective != self._effective
        self._effective = effective
        if changed:
            self.languageChanged.emit(effective)
        return effective

    def _install(self, app: QCoreApplication, name: str, directory: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, directory):
            app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.info("translation %s not found in %s", name, directory)
