"""The ``ipdesk`` parser: global options, one sub-parser per command, argparse errors in the user's language
and value checks of options."""

from __future__ import annotations

import argparse
import re
import sys

from ipdesk.cli.common import EXIT_USAGE, say

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


def global_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """The global options; ``suppress`` for their copy after the subcommand (keeps values given before it)."""
    extra = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument(
        "--profile", metavar="NAME", help="account profile (default: the current one)", **extra
    )
    parser.add_argument(
        "--base-url", metavar="URL", help="API base URL (default: $IPDESK_BASE_URL or the profile's)", **extra
    )
    flags = {
        "--demo": "start the built-in sandbox in-process and use it",
        "--verbose": "log requests and decisions to stderr",
        "--self-test": "check the installation and exit",
        "--require-keyring": "with --self-test: fail when no usable system keyring is found",
    }
    for flag, text in flags.items():
        parser.add_argument(flag, action="store_true", help=text, **extra)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="ipdesk", description="IP Desk: PatSnap Open Platform workbench")
    global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = argparse.ArgumentParser(add_help=False)
    global_options(common, suppress=True)  # the global options also after the subcommand

    p = sub.add_parser("classify", parents=[common], help="SEIC classification (P022) of a patent list")
    p.add_argument("--lang", choices=("en", "cn"), default="en")
    p.add_argument("--input", metavar="FILE|-", default="-", help="text, .csv or .xlsx list (default: stdin)")
    p.add_argument("--output", metavar="FILE", help="default: stdout")
    p.add_argument(
        "--format", choices=("csv", "json", "xlsx"), help="default: from --output's extension, else csv"
    )
    p.add_argument("--refresh", action="store_true", help="fetch again even what the store holds")
    p.add_argument(
        "--yes", action="store_true", help="do not ask before a run of more paid API calls than the threshold"
    )
    p.add_argument(
        "--column", metavar="NAME", help="column of a .csv/.xlsx input (default: the one holding patents)"
    )

    p = sub.add_parser("outline", parents=[common], help="section outline of a description (P073 + P019)")
    p.add_argument("patent", metavar="PATENT")
    p.add_argument(
        "--lang",
        type=str.upper,
        choices=("EN", "CN", "JP", "KR", "TW"),
        help="default: the office's language for CN/JP/KR/TW numbers, else EN",
    )
    p.add_argument("--format", choices=("json", "text"), help="default: a table of the sections")
    p.add_argument("--related", action="store_true", help="use a family member's text when there is none")
    p.add_argument("--refresh", action="store_true")

    p = sub.add_parser("risk", parents=[common], help="company patent risk warning (C029 + C027, C028)")
    p.add_argument("companies", metavar="COMPANY", nargs="*", help="name, credit code or organisation code")
    p.add_argument("--input", metavar="FILE", help="read the companies from a .txt, .csv or .xlsx file")
    p.add_argument("--column", metavar="NAME", help="column of --input (default: the one holding companies)")
    p.add_argument("--history", action="store_true", help="add the stored and C028 snapshots")
    p.add_argument(
        "--releases", type=release_count, default=6, metavar="N", help="release dates back for --history (6)"
    )
    p.add_argument("--format", choices=("json", "csv"), help="default: readable text")
    p.add_argument("--no-verify", action="store_true", help="send codes whose check character is wrong")
    p.add_argument("--refresh", action="store_true", help="fetch again even when the stored answer is fresh")

    p = sub.add_parser("sandbox", parents=[common], help="run the built-in sandbox until Ctrl+C")
    p.add_argument("--port", type=port_number, default=0, help="default: any free port")
    p.add_argument("--latency-ms", type=non_negative, default=0.0)
    p.add_argument("--qps", type=positive, default=None)
    p.add_argument("--token-lifetime", type=positive, default=1800.0, metavar="S")

    p = sub.add_parser("credentials", parents=[common], help="store, show or delete a profile's secret")
    p.add_argument("action", choices=("set", "show", "delete"))
    p.add_argument("--client-id", metavar="ID", help="with set: the client ID (client credentials mode)")
    p.add_argument("--api-key", action="store_true", help="with set: the profile uses an API key")

    sub.add_parser("usage", parents=[common], help="calls and results per day, profile and operation")
    p = sub.add_parser(
        "jobs",
        parents=[common],
        help="classification jobs not finished (run the same command again to finish)",
    )
    p.add_argument("--all", action="store_true", help="finished jobs too")
    return parser
