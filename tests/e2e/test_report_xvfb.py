"""Reports on a real X server (Xvfb, xcb), in English and Chinese: the report dialog's preview over a demo
classification with the main window at 1280x720 (screenshot), then the classification report saved as PDF, printed
to a PDF printer target and the risk report saved; each PDF's first page is rendered to PNG with pdftoppm
(poppler-utils) and its text read back with pypdf. The PNGs are in tests/output/screens/ (look at them)."""

from __future__ import annotations

import json
import subprocess

import pytest
from e2e_support import SCREENS, app_env, driver_command, grab_screen
from pypdf import PdfReader
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e

LANGS = {"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}
WINDOW = (1280, 720)
PREVIEW_WORDS = {"en": "Page 1 of", "zh": "分类"}


@pytest.fixture(scope="module")
def small_display(start_xvfb):
    """An X server of its own with a 1280x720 screen: the dialog has to fit the screen a small laptop has."""
    with start_xvfb("1280x720x24") as display:
        yield display


def painted(image: QImage, step: int = 4) -> int:
    """How many colours a sample of the image has (a blank page has one or two)."""
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_report_dialog_preview_and_pdf_pages(lang, small_display, tool, e2e_root):
    pdftoppm = tool("pdftoppm")
    out = e2e_root / "reports"
    out.mkdir()
    env = app_env(e2e_root, lang=LANGS[lang], platform="xcb", DISPLAY=small_display)
    proc = subprocess.Popen(
        driver_command("report", LANGS[lang], str(out)),
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=(e2e_root / "driver.err").open("wb"),
        text=True,
    )
    lines, result = [], {}
    try:
        for line in proc.stdout:
            lines.append(line.rstrip())
            if line.startswith("READY report"):
                shot = grab_screen(small_display, e2e_root / "screen.png")
                preview = QImage(str(shot))
                assert (preview.width(), preview.height()) == WINDOW
                path = SCREENS / f"{lang}-report-preview.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                assert preview.save(str(path))
                assert painted(preview) > 40, "the preview screenshot is blank"
                proc.stdin.write("\n")
                proc.stdin.flush()
            elif line.startswith("RESULT "):
                result = json.loads(line[len("RESULT ") :])
        assert proc.wait(timeout=60) == 0, "\n".join(lines) + (e2e_root / "driver.err").read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    names = [f"classify-{lang}.pdf", f"printed-{lang}.pdf", f"risk-{lang}.pdf"]
    assert result.get("files") == sorted(names), lines
    for name in names:
        pdf = out / name
        stem = SCREENS / f"{lang}-report-{pdf.stem}"
        subprocess.run(
            [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
            check=True,
            timeout=60,
        )
        page = QImage(str(stem) + ".png")
        assert (page.width(), page.height()) == (496, 702)  # A4 at 60 dpi
        assert painted(page, 2) > 8, f"{name}: the first page rendered blank"
        text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
        assert "1 / " in text
        if lang == "zh":
            assert any("\u4e00" <= c <= "\u9fff" for c in text), f"{name}: no Chinese on the cover"
