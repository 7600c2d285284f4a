"""Before Qt can abort: can a display platform load? (Linux; elsewhere nothing to check.)

Qt aborts the process (exit 134, "could not load the Qt platform plugin xcb") when the xcb plugin's system
libraries are missing or there is no display at all. ``ensure_display()`` runs first on the GUI path and
instead says what is missing, in English or Chinese, and returns 1; or it picks Wayland when a Wayland session
is there and xcb cannot load. This module never imports Qt.

The normal case costs about a millisecond (measured 0.9-1.7 ms in a fresh process, import included): the platform plugin's direct
dependencies (``DT_NEEDED``, read from the ELF file) are looked up as files in the plugin's RUNPATH,
LD_LIBRARY_PATH, the directories of /etc/ld.so.conf and the default ones; nothing is loaded. The xcb plugin
links every xcb library it uses directly, so a missing one shows there. Only when something looks missing is
``ldd`` asked (slow, authoritative; it also names libraries missing further down), and a library it finds
after all does not count.

The platform plugins are looked up where Qt looks: ``QT_QPA_PLATFORM_PLUGIN_PATH`` first, then PySide6's
``Qt/plugins/platforms`` (found on sys.path as the import system would, without importing PySide6 or
importlib.util, which alone costs ~5 ms).
"""

from __future__ import annotations

import os
import struct
import sys

PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
# Platforms that need no display server: an explicit QT_QPA_PLATFORM naming one of these (or anything else
# but xcb/wayland) is respected as it is, without a check.
DISPLAY_VARS = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}

# The Qt xcb platform's packages on Debian/Ubuntu (README and .ci/run list the same; tests keep them in step).
DEBIAN_GUI_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 "
    "libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-util1 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 "
    "libxkbcommon-x11-0 libegl1 libgl1"
).split()
FEDORA_GUI_PACKAGES = (
    "xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image xcb-util-renderutil libxcb libxkbcommon-x11 "
    "libglvnd-egl libglvnd-glx"
).split()

# soname stem (the name before ".so") -> (Debian/Ubuntu package, Fedora package)
PACKAGES = {
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-xinerama": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb": ("libxcb1", "libxcb"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libX11": ("libx11-6", "libX11"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libwayland-client": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl": ("libwayland-egl1", "libwayland-egl"),
}

# Message catalogue: id -> language -> text with named {placeholders}.
MESSAGES = {
    "missing_libs": {
        "en": (
            'IP Desk cannot open its window: Qt\'s display platform "{platform}" needs system libraries that '
            "are not installed:\n  {libraries}\n"
            "Install them on Debian/Ubuntu with:\n  {apt_command}\n"
            "(Fedora: {dnf_command})\n"
            "Then start ipdesk again. Without a window, `ipdesk --self-test` checks the installation and the "
            "command line (`ipdesk --help`) works as it is."
        ),
        "zh": (
            "IP Desk 无法打开窗口：Qt 显示平台“{platform}”所需的系统库未安装：\n  {libraries}\n"
            "在 Debian/Ubuntu 上用以下命令安装：\n  {apt_command}\n"
            "（Fedora：{dnf_command}）\n"
            "然后重新启动 ipdesk。没有窗口时，`ipdesk --self-test` 可检查安装，命令行（`ipdesk --help`）照常可用。"
        ),
    },
    "no_display": {
        "en": (
            "IP Desk cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set, "
            "as in an SSH session or on a server). Start it from a desktop session, or use it without a "
            "window: `ipdesk --self-test` checks the installation, and the command line (`ipdesk --help`: "
            "classify, outline, risk, ...) needs no display."
        ),
        "zh": (
            "IP Desk 无法打开窗口：没有显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置，例如在 SSH 会话或服务器上）。"
            "请在桌面会话中启动，或不用窗口：`ipdesk --self-test` 可检查安装，命令行（`ipdesk --help`："
            "classify、outline、risk 等）不需要显示器。"
        ),
    },
}


def message_lang(env: dict | None = None) -> str:
    """'zh' when the first set of LC_ALL, LC_MESSAGES, LANG starts with zh; else 'en'."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def message(msg_id: str, lang: str, **params) -> str:
    texts = MESSAGES[msg_id]
    return texts.get(lang, texts["en"]).format(**params)


class Verdict:
    """ok: go on; platform: a value for QT_QPA_PLATFORM (the Wayland fallback) or None; else msg_id + params
    say why not. (A plain class: dataclasses would import inspect, ~5 ms of start-up.)"""

    def __init__(self, ok: bool, platform: str | None = None, msg_id: str | None = None, params=None):
        self.ok, self.platform, self.msg_id, self.params = ok, platform, msg_id, params or {}

    def __repr__(self) -> str:
        return (
            f"Verdict(ok={self.ok}, platform={self.platform!r}, msg_id={self.msg_id!r}, params={self.params})"
        )

    def text(self, lang: str) -> str:
        return message(self.msg_id, lang, **self.params) if self.msg_id else ""


# --- ELF: the DT_NEEDED and RUNPATH of a shared object (section headers; little or big endian, 32/64 bit) ---


def _read(f, at: int, size: int) -> bytes:
    f.seek(at)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("truncated ELF file")
    return data


def _cstr(f, at: int) -> str:
    f.seek(at)
    data = f.read(4096)
    return data[: data.index(b"\0")].decode("utf-8", "replace")


def elf_needed(path: str) -> tuple[list[str], list[str]]:
    """(needed sonames, runpath/rpath entries) of an ELF shared object; ValueError when it is not one. Reads
    the headers, the dynamic section and the strings it names, not the whole file (libQt6Gui is 10 MB)."""
    with open(path, "rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or len(head) < 52:
            raise ValueError(f"not an ELF file: {path}")
        is64, end = head[4] == 2, "<" if head[5] == 1 else ">"
        if is64:
            (shoff,) = struct.unpack_from(end + "Q", head, 0x28)
            shentsize, shnum = struct.unpack_from(end + "HH", head, 0x3A)
            sh_fmt, dyn_fmt = end + "IIQQQQIIQQ", end + "qQ"
        else:
            (shoff,) = struct.unpack_from(end + "I", head, 0x20)
            shentsize, shnum = struct.unpack_from(end + "HH", head, 0x2E)
            sh_fmt, dyn_fmt = end + "IIIIIIIIII", end + "iI"
        table = _read(f, shoff, shentsize * shnum)
        sections = [struct.unpack_from(sh_fmt, table, i * shentsize) for i in range(shnum)]
        needed: list[str] = []
        runpath: list[str] = []
        for sh in sections:
            if sh[1] != 6:  # SHT_DYNAMIC
                continue
            strtab = sections[sh[6]][4]
            dynamic = _read(f, sh[4], sh[5])
            for tag, value in struct.iter_unpack(
                dyn_fmt, dynamic[: len(dynamic) - len(dynamic) % struct.calcsize(dyn_fmt)]
            ):
                if tag == 0:
                    break
                if tag == 1:
                    needed.append(_cstr(f, strtab + value))
                elif tag in (15, 29):  # DT_RPATH, DT_RUNPATH
                    runpath.extend(p for p in _cstr(f, strtab + value).split(":") if p)
    return needed, runpath


def _expand(pattern: str) -> list[str]:
    """An include pattern of ld.so.conf; the usual DIR/*.conf without the glob module (which loads re)."""
    folder, name = os.path.split(pattern)
    if name.count("*") == 1 and not any(c in pattern for c in "?[") and "*" not in folder:
        prefix, suffix = name.split("*")
        try:
            names = os.listdir(folder)
        except OSError:
            return []
        return [os.path.join(folder, n) for n in sorted(names) if n.startswith(prefix) and n.endswith(suffix)]
    import glob

    return sorted(glob.glob(pattern))


def _ld_conf_dirs(conf: str = "/etc/ld.so.conf", seen: set | None = None) -> list[str]:
    seen = set() if seen is None else seen
    if conf in seen:
        return []
    seen.add(conf)
    dirs: list[str] = []
    try:
        with open(conf, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return dirs
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line.startswith("include "):
            pattern = line.split(None, 1)[1]
            if not os.path.isabs(pattern):
                pattern = os.path.join(os.path.dirname(conf), pattern)
            for included in _expand(pattern):
                dirs += _ld_conf_dirs(included, seen)
        elif line:
            dirs.append(line)
    return dirs


def library_dirs(plugin: str, runpath: list[str], env: dict) -> list[str]:
    origin = os.path.dirname(os.path.abspath(plugin))
    dirs = [p.replace("$ORIGIN", origin).replace("${ORIGIN}", origin) for p in runpath]
    dirs += [p for p in env.get("LD_LIBRARY_PATH", "").split(":") if p]
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        dirs.append(sys._MEIPASS)
    dirs += _ld_conf_dirs()
    dirs += ["/lib64", "/usr/lib64", "/lib", "/usr/lib"]
    return dirs


def missing_direct(plugin: str, env: dict) -> list[str]:
    """The system libraries that the plugin, and the Qt libraries it links, need directly and that are in none
    of the library directories (nothing is loaded). Qt's own libraries are not reported: this is about the
    system's (a Qt library not found is looked into no further)."""
    needed, runpath = elf_needed(plugin)
    dirs = library_dirs(plugin, runpath, env)
    missing: list[str] = []
    queue, seen = list(needed), set(needed)
    while queue:
        name = queue.pop(0)
        for i, d in enumerate(dirs):
            path = os.path.join(d, name)
            if os.path.exists(path):
                if i:  # most libraries sit together: look where the last one was first
                    dirs.insert(0, dirs.pop(i))
                if name.startswith("libQt6"):  # one level down: QtGui needs libEGL, libfontconfig, ...
                    more = [n for n in elf_needed(path)[0] if n not in seen and not n.startswith("libQt6")]
                    seen.update(more)
                    queue += more
                break
        else:
            if not name.startswith("libQt6"):
                missing.append(name)
    return missing


def ldd_missing(plugin: str, env: dict) -> list[str] | None:
    """What ldd reports as 'not found' (also deeper down), or None when ldd cannot be run."""
    import subprocess

    try:
        done = subprocess.run(
            ["ldd", plugin], capture_output=True, text=True, timeout=10, env=dict(env, LC_ALL="C")
        )
    except (OSError, subprocess.SubprocessError):
        return None
    missing = []
    for line in done.stdout.splitlines():
        if "=> not found" in line:
            name = line.split("=>", 1)[0].strip()
            if name not in missing and not name.startswith("libQt6"):
                missing.append(name)
    return missing if done.returncode == 0 or missing else None


def missing_libraries(plugin: str, env: dict) -> list[str]:
    """The system libraries the plugin cannot find; [] when it can load (as far as files tell)."""
    try:
        first = missing_direct(plugin, env)
    except (OSError, ValueError, struct.error, IndexError):
        first = ["?"]  # unreadable: let ldd judge
    if not first:
        return []
    confirmed = ldd_missing(plugin, env)
    if confirmed is None:
        return [] if first == ["?"] else first
    return confirmed


def plugin_dirs(env: dict) -> list[str]:
    dirs = [p for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        dirs.append(os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins", "platforms"))
    for entry in sys.path:  # where `import PySide6` would find it (importlib.util would cost ~5 ms here)
        package = os.path.join(entry or os.curdir, "PySide6")
        if os.path.isfile(os.path.join(package, "__init__.py")):
            dirs.append(os.path.join(package, "Qt", "plugins", "platforms"))
            break
    return dirs


def find_plugin(name: str, env: dict) -> str | None:
    for d in plugin_dirs(env):
        path = os.path.join(d, PLUGIN_FILES[name])
        if os.path.isfile(path):
            return path
    return None


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian/Ubuntu, Fedora) packages: the whole GUI set plus whatever else the missing libraries need."""
    deb, rpm = list(DEBIAN_GUI_PACKAGES), list(FEDORA_GUI_PACKAGES)
    for lib in libraries:
        stem = lib.split(".so", 1)[0]
        if stem in PACKAGES:
            d, f = PACKAGES[stem]
            deb += [d] if d not in deb else []
            rpm += [f] if f not in rpm else []
    return deb, rpm


def _platform_problem(name: str, env: dict) -> Verdict | None:
    """None when the platform can load; else why not (missing libraries). A plugin file not found: no verdict
    (Qt's own message is the best there is)."""
    plugin = find_plugin(name, env)
    if plugin is None:
        return None
    missing = missing_libraries(plugin, env)
    if not missing:
        return None
    deb, rpm = packages_for(missing)
    params = {
        "platform": name,
        "libraries": ", ".join(missing),
        "apt_command": "sudo apt install " + " ".join(deb),
        "dnf_command": "sudo dnf install " + " ".join(rpm),
    }
    return Verdict(False, msg_id="missing_libs", params=params)


def check(env: dict | None = None, system: str | None = None) -> Verdict:
    """What to do before Qt starts. Pure apart from reading files (and ldd when something looks missing)."""
    env = dict(os.environ if env is None else env)
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return Verdict(True)
    explicit = env.get("QT_QPA_PLATFORM", "").strip()
    if explicit:
        names = [part.split(":", 1)[0].strip() for part in explicit.split(";") if part.strip()]
        if not names or any(n not in PLUGIN_FILES for n in names):
            return Verdict(True)  # offscreen, minimal, vnc, eglfs, ...: respected as it is
        problem = None
        for n in names:
            if not env.get(DISPLAY_VARS[n]):
                problem = problem or Verdict(False, msg_id="no_display")
                continue
            found = _platform_problem(n, env)
            if found is None:
                return Verdict(True)
            problem = problem if problem and problem.msg_id == "missing_libs" else found
        return problem or Verdict(True)
    has_x, has_wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return Verdict(False, msg_id="no_display")
    xcb_problem = _platform_problem("xcb", env) if has_x else None
    if has_x and xcb_problem is None:
        return Verdict(True)  # Qt chooses (on a Wayland session it may still prefer Wayland)
    if has_wayland:
        wayland_problem = _platform_problem("wayland", env)
        if wayland_problem is None:
            return Verdict(True, platform="wayland")
        if not has_x:
            return wayland_problem
    return xcb_problem


def ensure_display(stream=None) -> int:
    """Run the check on this process: 0 to go on (QT_QPA_PLATFORM set to wayland when that is the way), or 1
    after printing why the window cannot open."""
    try:
        verdict = check()
    except Exception:  # the check must never be the reason the app does not start
        return 0
    if verdict.platform:
        os.environ["QT_QPA_PLATFORM"] = verdict.platform
    if verdict.ok:
        return 0
    print(verdict.text(message_lang()), file=stream or sys.stderr, flush=True)
    return 1


if (
    __name__ == "__main__"
):  # python -m ipdesk.display_check: the check alone (prints the platform it would set)
    code = ensure_display()
    if code == 0:
        print("platform:", os.environ.get("QT_QPA_PLATFORM", "(Qt's default)"))
    raise SystemExit(code)
