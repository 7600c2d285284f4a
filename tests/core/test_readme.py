"""The README's Quick start has exactly two commands, and CI runs the test command as written."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```\n(.*?)```", section, flags=re.S)]


def test_quick_start_has_exactly_two_commands():
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert commands[0].endswith("ipdesk")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _quick_start_commands()[1] in ci.splitlines()


def _apt_line() -> list[str]:
    """The packages of the one `sudo apt install ...` line of the Quick start (before the first command)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    before_first_command = section.split("```", 1)[0]
    lines = re.findall(r"^`sudo apt install ([^`]+)`$", before_first_command, flags=re.M)
    assert len(lines) == 1, "one copyable apt line before the first command"
    return lines[0].split()


def _ci_apt_packages() -> set[str]:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = ci.split("apt_packages=(", 1)[1].split("\n)", 1)[0]
    return {word for line in block.splitlines() for word in line.split("#", 1)[0].split()}


def test_quick_start_lists_the_system_packages_in_one_line():
    from ipdesk.display_check import DEBIAN_GUI_PACKAGES

    packages = _apt_line()
    assert set(DEBIAN_GUI_PACKAGES) <= set(packages)  # what ipdesk's own message asks for
    for tool_package in ("python3-venv", "xvfb", "xdotool", "dbus-x11", "gnome-keyring", "libsecret-tools"):
        assert tool_package in packages, tool_package
    assert set(packages) <= _ci_apt_packages()  # CI installs at least what a reader is told to
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "packaged installers" in text.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def test_every_python_package_is_listed_for_the_wheel():
    """pyproject lists the packages by hand (resources are mapped from another folder): a package missing there
    is missing from the installed app and the bundle, though the tests (run from the checkout) still pass."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    source = ROOT / "desktop"
    found = {".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
