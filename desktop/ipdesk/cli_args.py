"""Command-line plumbing of ``ipdesk``: the user's message language, argparse with translated errors, value
checks of options, and the text of API errors."""

from __future__ import annotations

import argparse
import os
import re
import sys

EXIT_USAGE = 2


def message_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def say(en: str, zh: str | None = None) -> None:
    """A message on stderr in the user's language."""
    print(zh if (zh and message_lang() == "zh") else en, file=sys.stderr, flush=True)


def api_error_text(error, lang: str) -> str:
    """The mapped message of an ApiError, with where to fix credentials on the command line."""
    from ipdesk.api.errors import AuthError

    text = error.message(lang)
    if isinstance(error, AuthError):
        text += (
            "\n命令行：检查 PATSNAP_CLIENT_ID / PATSNAP_CLIENT_SECRET 或 PATSNAP_API_KEY，或运行 "
            "`ipdesk credentials set`。"
            if lang == "zh"
            else "\nCommand line: check PATSNAP_CLIENT_ID / PATSNAP_CLIENT_SECRET or PATSNAP_API_KEY, or run "
            "`ipdesk credentials set`."
        )
    return text


_ARGPARSE_ZH = (  # argparse's own messages (English only) -> Chinese
    (
        re.compile(r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)"),
        "参数 {0}：无效的取值“{1}”（可选：{2}）",
    ),
    (re.compile(r"the following arguments are required: (.*)"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "无法识别的参数：{0}"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 需要一个值"),
    (re.compile(r"argument (\S+): invalid (\w+) value: '(.*)'"), "参数 {0}：“{2}”不是有效的值"),
    (re.compile(r"argument (\S+): (.*)"), "参数 {0}：{1}"),
)


class Parser(argparse.ArgumentParser):
    """argparse with errors that say what to do, in Chinese when the user's locale is Chinese."""

    def error(self, message: str):  # noqa: D102 - argparse API
        zh = message
        for pattern, template in _ARGPARSE_ZH:
            found = pattern.fullmatch(message)
            if found:
                zh = template.format(*found.groups())
                break
        self.print_usage(sys.stderr)
        say(
            f"{self.prog}: error: {message}\nRun '{self.prog} --help' to see the options.",
            f"{self.prog}：错误：{zh}\n运行“{self.prog} --help”查看可用选项。",
        )
        self.exit(EXIT_USAGE)


def _whole(text: str, low: int, high: int, wrong: str) -> int:
    """An int option in [low, high]; `wrong` is the message when it is not (formatted with `text`)."""
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(wrong.format(text=text))
    return value


def port_number(text: str) -> int:
    return _whole(text, 0, 65535, "'{text}' is not a port number: use 0 (any free port) to 65535")


def release_count(text: str) -> int:
    return _whole(text, 1, 24, "'{text}' is not a number of release dates from 1 to 24")


def non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' must be a number of 0 or more")
    return value


def positive(text: str) -> float:
    value = non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be more than 0")
    return value
