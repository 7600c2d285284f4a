"""The report's fonts: the system's sans-serif for Latin text and the bundled CJK font (Droid Sans Fallback,
``resources/fonts``) for Chinese, so a report prints Chinese on a machine without CJK fonts. Qt's PDF writer
embeds the glyphs used. Callable from any thread (QFontDatabase is thread-safe; the font is added once)."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QFontDatabase

from ipdesk.messages import is_chinese
from ipdesk.services.paths import resource_dir

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
_lock = threading.Lock()
_cjk_family: list[str] = []  # [] until loaded; [""] when the file could not be loaded


def cjk_family() -> str:
    """The bundled CJK font's family name (added to the application's fonts on first use), or "" when missing."""
    with _lock:
        if not _cjk_family:
            font_id = QFontDatabase.addApplicationFont(str(resource_dir("fonts", CJK_FONT_FILE)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _cjk_family.append(families[0] if families else "")
        return _cjk_family[0]


def families(lang: str) -> list[str]:
    """Font families in the order Qt tries them per character: a Chinese report takes CJK glyphs from the bundled
    font before any system CJK font (the same glyphs on every machine); Latin text comes from the system's
    sans-serif in both languages (the bundled font has no Latin letters)."""
    sans = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    cjk = cjk_family()
    return [name for name in (sans, cjk) if name]


class ReportFonts:
    """The fonts of one rendering, sized in layout points: a font of ``size`` draws ``size`` units tall in a
    painter whose unit is 1/72 inch on a device of ``dpi`` dots per inch (the painter scales by dpi/72)."""

    def __init__(self, lang: str, dpi: float) -> None:
        self._families = families(lang)
        # The CJK font has no bold face: Qt would embolden it by drawing each glyph twice, which a PDF reader then
        # copies (and a text extractor reads) twice. A Chinese report marks headings by size instead.
        self._bold = not is_chinese(lang)
        self._dpi = dpi
        self._cache: dict[tuple[float, bool], QFont] = {}

    def get(self, size: float, bold: bool = False) -> QFont:
        key = (size, bold)
        font = self._cache.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(self._families)
            font.setPointSizeF(size * 72.0 / self._dpi)
            font.setBold(bold and self._bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same widths at every dpi
            font.setKerning(False)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: a PDF reader finds and copies it
            self._cache[key] = font
        return font
