"""Screenshots on a real X server (Xvfb, xcb), in English and Chinese (the language follows LANG):

1. `ipdesk --demo` started as a user starts it (the installed console script); each tab reached with the
   keyboard (Tab into the window, then Ctrl+Tab), grabbed, and the app quit with Ctrl+Q;
2. each tab in a working state (a finished demo classification; a demo patent with a section selected and a
   search active; a refreshed watchlist with a history chart), prepared through the app's widgets by the GUI
   driver (gui_driver.py) and grabbed while it waits.

Screens are grabbed from a separate process and saved in tests/output/screens/ (look at them).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from e2e_support import (
    SCREENS,
    app_env,
    driver_command,
    find_window,
    grab_screen,
    ipdesk_command,
    window_geometry,
)
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e

SCREEN = (1400, 900)  # the xvfb_display fixture's screen
LANGS = {"en": "en_US.UTF-8", "zh": "zh_CN.UTF-8"}
TABS = ("classification", "fulltext", "risk")
DEMO_TITLE = {"en": "IP Desk — demo mode", "zh": "IP Desk — 演示模式"}


def check_screenshot(path: Path, window: tuple[int, int, int, int]) -> dict:
    """The PNG is the whole screen, not blank, and the window area is painted (not the black root)."""
    assert path.is_file(), path
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == SCREEN
    colours, black_rows, rows = set(), 0, 0
    x0, y0, w, h = window
    for y in range(max(0, y0), min(SCREEN[1], y0 + h), 3):
        line = {image.pixel(x, y) & 0xFFFFFF for x in range(max(0, x0), min(SCREEN[0], x0 + w), 3)}
        colours |= line
        black_rows += line == {0}
        rows += 1
    assert len(colours) > 40, f"{path.name}: only {len(colours)} colours: blank?"
    assert black_rows == 0, f"{path.name}: {black_rows} of {rows} rows of the window are unpainted (black)"
    return {"colours": len(colours)}


def tab_area(path: Path, window: tuple[int, int, int, int]) -> bytes:
    """The pixels of the window below its menu bar and banner (what a tab switch changes)."""
    x, y, w, h = window
    image = QImage(str(path)).copy(x, y + 80, w, max(1, h - 120))
    return bytes(image.constBits())


def xdo(xdotool: str, display: str, *args: str) -> str:
    return subprocess.run(
        [xdotool, *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=15,
        check=True,
    ).stdout.strip()


@pytest.fixture(scope="module")
def x_tools(tool):
    return {name: tool(name) for name in ("xdotool", "xwininfo")}


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_ipdesk_console_script_shows_each_tab(lang, xvfb_display, x_tools, e2e_root):
    display, xdotool = xvfb_display, x_tools["xdotool"]
    env = app_env(e2e_root, lang=LANGS[lang], platform="xcb", DISPLAY=display)
    log = (e2e_root / "app.out").open("wb")
    proc = subprocess.Popen([*ipdesk_command(), "--demo"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        window = find_window(xdotool, display, "IP Desk", 30, proc)
        for _ in range(200):  # the title changes once the demo sandbox is up (demo mode, translated)
            if xdo(xdotool, display, "getwindowname", window).startswith(DEMO_TITLE[lang]):
                break
            time.sleep(0.05)
        assert xdo(xdotool, display, "getwindowname", window).startswith(DEMO_TITLE[lang])
        geometry = window_geometry(x_tools["xwininfo"], display, window)
        xdo(xdotool, display, "windowfocus", "--sync", window)
        xdo(xdotool, display, "key", "--clearmodifiers", "Tab")  # into the window, as a click would
        areas = []
        for index, key in enumerate(TABS):
            if index:
                xdo(xdotool, display, "key", "--clearmodifiers", "ctrl+Tab")
            time.sleep(0.6)
            path = grab_screen(display, SCREENS / f"{lang}-start-{index + 1}-{key}.png")
            check_screenshot(path, geometry)
            areas.append(tab_area(path, geometry))
        assert len(set(areas)) == len(TABS), "Ctrl+Tab did not switch tabs: two screenshots are the same"
        xdo(xdotool, display, "key", "--clearmodifiers", "ctrl+q")  # File → Quit
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    settings = QSettings(str(e2e_root / "data" / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/last_tab") == "risk"  # the tab switches reached the app and were saved
    assert "Traceback" not in (e2e_root / "app.out").read_text(errors="replace")


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_each_tab_in_a_working_state(lang, xvfb_display, x_tools, e2e_root):
    display, xdotool = xvfb_display, x_tools["xdotool"]
    env = app_env(e2e_root, lang=LANGS[lang], platform="xcb", DISPLAY=display)
    proc = subprocess.Popen(
        driver_command("screens", LANGS[lang]),
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=(e2e_root / "driver.err").open("wb"),
        text=True,
    )
    shots, lines, infos = {}, [], {}
    try:
        for line in proc.stdout:
            lines.append(line.rstrip())
            if line.startswith("READY "):
                name, _, info = line[len("READY ") :].partition(" ")
                window = find_window(xdotool, display, "IP Desk", 10, proc)
                geometry = window_geometry(x_tools["xwininfo"], display, window)
                path = grab_screen(display, SCREENS / f"{lang}-state-{name}.png")
                infos[name] = info
                shots[name] = (path, geometry, check_screenshot(path, geometry))
                proc.stdin.write("\n")
                proc.stdin.flush()
        assert proc.wait(timeout=30) == 0, "\n".join(lines) + (e2e_root / "driver.err").read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert sorted(shots) == sorted(TABS), lines
    assert any(line.startswith("STEP history chart") for line in lines), lines
    for name, (_path, (x, y, w, h), _stats) in shots.items():
        assert x >= 0 and y >= 0 and x + w <= SCREEN[0] and y + h <= SCREEN[1], (
            f"{name}: the main window ({w}x{h} at {x},{y}) does not fit the {SCREEN[0]}x{SCREEN[1]} screen; "
            f"the driver reported {infos[name]}"
        )
