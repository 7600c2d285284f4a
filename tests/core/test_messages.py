"""The message catalogue: both languages for every key, the same named placeholders in both, full-width
punctuation in Chinese, no key unused and no key used that does not exist; argparse's templates keep their
shape when translated."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import string
from pathlib import Path

import pytest

from ipdesk.cli.args import ARGPARSE_KEYS, argparse_template
from ipdesk.messages import Message, t
from ipdesk.messages.catalogue import CATALOGUE

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "ipdesk"
AREAS = {key.split(".", 1)[0] for key in CATALOGUE}
KEY_SHAPE = re.compile(rf"(?:{'|'.join(sorted(AREAS))})\.[a-z0-9_]+")
CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


def fields(text: str) -> list[str | None]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def code_strings() -> list[tuple[Path, str]]:
    """Every string constant in desktop/ipdesk outside the catalogue's own data."""
    found = []
    for path, tree in modules():
        found += [
            (path, n.value)
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]
    return found


def modules():
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name != "messages":
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def named_keys() -> list[tuple[Path, str]]:
    """The strings the code gives as catalogue keys: to t / say / Message / CliError / ProfileError / the
    MessageErrors / companies' _fail, and the values of the ..._KEYS tables."""
    at = {"t": 0, "say": 0, "Message": 0, "CliError": 0, "ProfileError": 1, "_fail": 3}  # callee -> key index
    at |= dict.fromkeys(("MessageError", "TableError", "ContextError", "StoreError"), 0)
    found = []
    for path, tree in modules():
        for node in ast.walk(tree):
            args: list[ast.expr] = []
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                args = node.args[at[name] : at[name] + 1] if name in at else []
            elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(getattr(t, "id", "").endswith("_KEYS") for t in targets):
                    args = list(node.value.values)
            found += [
                (path, a.value) for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
    return found


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_both_languages_and_the_same_named_placeholders(key):
    assert KEY_SHAPE.fullmatch(key), key
    english, chinese = CATALOGUE[key]
    assert english.strip() and chinese.strip()
    assert sorted(fields(english)) == sorted(fields(chinese)), key
    for name in fields(english) + fields(chinese):
        assert name and name.isidentifier(), f"{key}: positional or odd placeholder {{{name}}}"
    for text in (english, chinese):
        assert not re.search(r"%\d|%[sdr]|%\(", text), f"{key}: %-placeholder in {text!r}"
    if re.search(r"[A-Za-z]{2}", re.sub(r"\{\w+\}", "", english)):  # words, not only placeholders
        assert CJK.search(chinese), f"{key}: the Chinese text is not translated"


def chinese_punctuation_faults(text: str) -> list[str]:
    """ASCII : , ; ( ) next to Chinese text; code spans, placeholders and paths are left out."""
    text = re.sub(r"`[^`]*`|\{\w+\}", "", text)
    faults = []
    for match in re.finditer(r"[:,;()]", text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if CJK.match(before) or CJK.match(after):
            faults.append(text[max(0, match.start() - 8) : match.end() + 8])
    return faults


def test_chinese_texts_use_full_width_punctuation():
    faults = {key: chinese_punctuation_faults(zh) for key, (_, zh) in CATALOGUE.items()}
    assert {k: v for k, v in faults.items() if v} == {}
    # the check finds what it is for
    assert chinese_punctuation_faults("请检查,然后重试:") and not chinese_punctuation_faults("运行 `a:b,c`。")


def test_every_key_is_used_and_every_key_used_exists():
    strings = code_strings()
    used = {text for _, text in strings}
    assert sorted(set(CATALOGUE) - used) == [], "keys nobody uses"
    named = named_keys()
    assert len(named) > len(CATALOGUE) / 2  # the scan finds the keys
    unknown = {(path.name, key) for path, key in named if " " not in key and key not in CATALOGUE}
    assert sorted(unknown) == [], "keys used that do not exist"


def test_t_fills_named_placeholders_in_the_language_asked():
    assert t("cli.no_such_profile", "en", profile="work").startswith("No profile named 'work'.")
    assert t("cli.no_such_profile", "zh_CN", profile="work").startswith("没有名为“work”的配置。")
    assert Message("cli.secrets_deleted", profile="p").text("zh") == "已删除配置“p”的密钥。"
    with pytest.raises(KeyError):
        t("cli.no_such_key", "en")
    with pytest.raises(KeyError):
        Message("cli.no_such_key")


def argparse_msgids() -> set[str]:
    """The message templates argparse passes through gettext (the first argument of its calls to `_`)."""
    tree = ast.parse(inspect.getsource(argparse))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_"]
    return {c.args[0].value for c in calls if c.args and isinstance(c.args[0], ast.Constant)}


@pytest.mark.parametrize("msgid", sorted(ARGPARSE_KEYS))
def test_argparse_templates_keep_their_shape(msgid):
    percent = re.compile(r"%(?:\(\w+\))?[rsd]")
    chinese = argparse_template(msgid, "zh")
    assert sorted(percent.findall(chinese)) == sorted(percent.findall(msgid)), chinese
    assert CJK.search(chinese) and argparse_template(msgid, "en") == msgid
    assert msgid in argparse_msgids(), "argparse no longer uses this template (it would stay English)"


def test_no_key_is_written_twice_in_the_catalogue():
    """A dict literal keeps the last of two equal keys silently: two parts of the app each writing the same key
    would show one of them the other's words."""
    tree = ast.parse((PACKAGE / "messages" / "catalogue.py").read_text(encoding="utf-8"))
    keys = [
        node.value
        for assign in ast.walk(tree)
        if isinstance(assign, ast.Dict)
        for node in assign.keys
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value
    ]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
