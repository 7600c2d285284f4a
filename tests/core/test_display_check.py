"""Start-up explains itself (issue 13): before Qt can abort, `ipdesk` checks that a display platform can load.

A missing library is hidden by pointing the check (and Qt) at a plugin folder whose xcb plugin needs a library
no machine has (xcb_hidden.py); the real end-to-end runs start `python -m ipdesk` with that environment."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys

import pytest
from xcb_hidden import ASKED, make_plugin_dir

from ipdesk import display_check
from ipdesk.display_check import DEBIAN_GUI_PACKAGES, MESSAGES, check

APT = "sudo apt install " + " ".join(DEBIAN_GUI_PACKAGES)


def base_env(**extra) -> dict:
    """This process's environment without anything that chooses a display, plus `extra`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_QPA_PLATFORM_PLUGIN_PATH")
        and not k.startswith("LC_")
    }
    env["LANG"] = "en_US.UTF-8"
    env.update(extra)
    return env


def run_ipdesk(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ipdesk", *args], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def hidden(tmp_path):
    """A plugin folder whose xcb plugin lacks a library (and has no wayland plugin)."""
    return str(make_plugin_dir(tmp_path / "qt"))


def assert_missing_message(text: str) -> None:
    assert ASKED in text  # the library, by name
    assert APT in text  # the one command that installs them on Debian/Ubuntu
    assert "libxcb-cursor0" in text and "sudo dnf install xcb-util-cursor" in text  # Fedora's names too
    assert "ipdesk --self-test" in text


def test_normal_case_ok():
    verdict = check(base_env(DISPLAY=":99"))
    assert verdict.ok and verdict.platform is None, verdict
    assert (
        check(base_env(DISPLAY=":99", WAYLAND_DISPLAY="wayland-0")).platform is None
    )  # xcb loads: Qt chooses


def test_missing_library_is_named_with_the_install_command(hidden):
    verdict = check(base_env(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=hidden))
    assert not verdict.ok and verdict.msg_id == "missing_libs"
    assert verdict.params["libraries"] == ASKED  # ldd confirms it, and finds nothing else missing
    assert_missing_message(verdict.text("en"))
    zh = verdict.text("zh")
    assert "系统库未安装" in zh and ASKED in zh and APT in zh


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "zh_CN.UTF-8"])
def test_ipdesk_with_a_missing_library_says_so_and_exits_1(hidden, lang):
    done = run_ipdesk(base_env(DISPLAY=":99", QT_QPA_PLATFORM_PLUGIN_PATH=hidden, LANG=lang))
    assert done.returncode == 1, (done.returncode, done.stderr)  # not 134 (Qt's abort), no core
    assert_missing_message(done.stderr)
    assert ("系统库未安装" in done.stderr) == lang.startswith("zh")
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr  # Qt never got to try


def test_explicit_xcb_is_checked_too(hidden):
    verdict = check(base_env(DISPLAY=":99", QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=hidden))
    assert verdict.msg_id == "missing_libs" and verdict.params["libraries"] == ASKED


@pytest.mark.parametrize("lang", ["C.UTF-8", "zh_CN.UTF-8"])
def test_no_display(lang):
    done = run_ipdesk(base_env(LANG=lang))
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "ipdesk --self-test" in done.stderr and "ipdesk --help" in done.stderr
    if lang.startswith("zh"):
        assert "没有显示器" in done.stderr and "DISPLAY 和 WAYLAND_DISPLAY" in done.stderr
    else:
        assert "there is no display" in done.stderr and "DISPLAY nor WAYLAND_DISPLAY" in done.stderr
    assert check(base_env()).msg_id == "no_display"


def test_chinese_by_locale_variables():
    assert display_check.message_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert display_check.message_lang({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    assert display_check.message_lang({"LC_MESSAGES": "zh_CN", "LANG": "en_US.UTF-8"}) == "zh"
    assert display_check.message_lang({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert display_check.message_lang({}) == "en"


@pytest.mark.parametrize("explicit", ["offscreen", "minimal", "vnc", "offscreen:configfile=/x.json"])
def test_an_explicit_platform_without_display_is_respected(explicit):
    verdict = check(base_env(QT_QPA_PLATFORM=explicit))
    assert verdict.ok and verdict.platform is None


def test_the_command_line_needs_no_display():
    done = run_ipdesk(base_env(), "--help")  # no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM
    assert done.returncode == 0 and "classify" in done.stdout  # only the GUI path runs the check


def test_wayland_is_used_when_xcb_cannot_load(tmp_path):
    plugins = str(make_plugin_dir(tmp_path / "qt", wayland="loadable"))
    for env in (
        base_env(DISPLAY=":99", WAYLAND_DISPLAY="wayland-0", QT_QPA_PLATFORM_PLUGIN_PATH=plugins),
        base_env(WAYLAND_DISPLAY="wayland-0", QT_QPA_PLATFORM_PLUGIN_PATH=plugins),  # Wayland only
    ):
        verdict = check(env)
        assert verdict.ok and verdict.platform == "wayland", verdict
    # the process then runs Qt on Wayland: QT_QPA_PLATFORM is set for it
    done = subprocess.run(
        [sys.executable, "-m", "ipdesk.display_check"],
        env=base_env(DISPLAY=":99", WAYLAND_DISPLAY="wayland-0", QT_QPA_PLATFORM_PLUGIN_PATH=plugins),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "platform: wayland", done


def test_wayland_session_without_loadable_plugins(tmp_path):
    plugins = str(make_plugin_dir(tmp_path / "qt", wayland="missing"))
    env = base_env(DISPLAY=":99", WAYLAND_DISPLAY="wayland-0", QT_QPA_PLATFORM_PLUGIN_PATH=plugins)
    verdict = check(env)
    assert verdict.msg_id == "missing_libs" and verdict.params["platform"] == "xcb"
    assert_missing_message(verdict.text("en"))
    done = run_ipdesk(dict(env, LANG="zh_CN.UTF-8"))
    assert done.returncode == 1 and ASKED in done.stderr and APT in done.stderr and "系统库" in done.stderr
    # Wayland alone, its plugin lacking a library: that is the message (with Wayland's library and package)
    verdict = check(base_env(WAYLAND_DISPLAY="wayland-0", QT_QPA_PLATFORM_PLUGIN_PATH=plugins))
    assert verdict.params["platform"] == "wayland" and verdict.params["libraries"] == "libwayland-client.so.7"
    assert "libwayland-client0" in verdict.params["apt_command"]


def test_not_linux_nothing_to_check():
    assert check({}, system="darwin").ok and check({}, system="win32").ok


def test_messages_have_both_languages_and_the_same_placeholders():
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    for msg_id, texts in MESSAGES.items():
        assert set(texts) == {"en", "zh"}, msg_id
        assert fields(texts["en"]) == fields(texts["zh"]), msg_id
        assert re.search(r"[\u4e00-\u9fff]", texts["zh"]), msg_id


def test_the_check_is_cheap_and_loads_no_qt(run_python):
    code = (
        "import sys, time\n"
        "from ipdesk.display_check import check\n"
        "best = 1e9\n"
        "for _ in range(20):\n"
        "    t = time.perf_counter(); v = check(); best = min(best, time.perf_counter() - t)\n"
        "print(v.ok, best * 1000, any(m.startswith('PySide6') or m == 'subprocess' for m in sys.modules))\n"
    )
    ok, ms, loaded = run_python(code, env=base_env(DISPLAY=":99")).split()
    assert ok == "True" and loaded == "False"
    assert float(ms) < 5, ms  # measured ~0.7 ms (no ldd, nothing loaded in the normal case)
