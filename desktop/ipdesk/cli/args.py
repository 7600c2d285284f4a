"""The ``ipdesk`` parser: global options, one sub-parser per command, argparse errors in the user's language
and value checks of options."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys

from ipdesk.cli.common import EXIT_USAGE, message_lang, say
from ipdesk.messages import placeholders, t

# argparse's own messages, translated at their source. argparse passes each message template through
# `argparse._` (gettext) before filling it in, so while a Parser works, `_` looks the template up here and
# gives the catalogue's text back as a template of the same shape (each {name} becomes argparse's own
# %(name)s / %(name)r, or %s for a bare %s). A template a later Python changes is not found and stays English:
# the message is never lost or garbled, unlike rewriting argparse's finished English text with regexes.
ARGPARSE_KEYS = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positionals",
    "options": "argparse.options",
    "show this help message and exit": "argparse.help",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "the following arguments are required: %s": "argparse.required",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "expected one argument": "argparse.one_argument",
    "expected at least one argument": "argparse.at_least_one",
    "expected at most one argument": "argparse.at_most_one",
    "ignored explicit argument %r": "argparse.ignored_explicit",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "not allowed with argument %s": "argparse.not_allowed_with",
    "one of the arguments %s is required": "argparse.one_required",
    "can't open '%(filename)s': %(error)s": "argparse.cannot_open",
}
_PERCENT = re.compile(r"%(?:\((\w+)\))?[rsd]")


def argparse_template(msgid: str, lang: str) -> str:
    """argparse's message template `msgid` in `lang`, with argparse's own %-placeholders."""
    key = ARGPARSE_KEYS.get(msgid)
    if key is None:
        return msgid
    specs = {m.group(1): m.group(0) for m in _PERCENT.finditer(msgid)}  # name (None: bare %s) -> %-spec
    names = placeholders(key)
    text = t(key, lang, **{n: f"\0{n}\0" for n in names}).replace("%", "%%")
    for name in names:  # each placeholder back as argparse's %-spec
        text = text.replace(f"\0{name}\0", specs.get(name, specs.get(None, "%s")))
    return text


@contextlib.contextmanager
def argparse_language(lang: str):
    """argparse's messages in `lang` while the block runs (the command line runs one parser at a time)."""
    previous = argparse._
    argparse._ = lambda msgid: argparse_template(msgid, lang)
    try:
        yield
    finally:
        argparse._ = previous


class Parser(argparse.ArgumentParser):
    """argparse whose messages (errors, usage, help headings) are in the user's language, and whose errors
    say what to do."""

    def __init__(self, *args, **kwargs) -> None:
        with argparse_language(message_lang()):  # the -h option's help text
            super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):
        with argparse_language(message_lang()):
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with argparse_language(message_lang()):
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with argparse_language(message_lang()):
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_language(message_lang()):
            return super().format_help()

    def error(self, message: str):  # noqa: D102 - argparse API
        self.print_usage(sys.stderr)
        say("cli.usage_error", prog=self.prog, message=message)
        self.exit(EXIT_USAGE)


def _whole(text: str, low: int, high: int, wrong: str) -> int:
    """An int option in [low, high]; `wrong` is the catalogue key of the message when it is not."""
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(t(wrong, message_lang(), text=text))
    return value


def port_number(text: str) -> int:
    return _whole(text, 0, 65535, "cli.bad_port")


def release_count(text: str) -> int:
    return _whole(text, 1, 24, "cli.bad_release_count")


def non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(t("cli.not_non_negative", message_lang(), text=text))
    return value


def positive(text: str) -> float:
    value = non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError(t("cli.not_positive", message_lang(), text=text))
    return value


def global_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """The global options; ``suppress`` for their copy after the subcommand (keeps values given before it)."""
    extra = {"default": argparse.SUPPRESS} if suppress else {}
    h = _help_texts()
    parser.add_argument("--profile", metavar="NAME", help=h("help.profile"), **extra)
    parser.add_argument("--base-url", metavar="URL", help=h("help.base_url"), **extra)
    flags = {
        "--demo": h("help.demo"),
        "--verbose": h("help.verbose"),
        "--self-test": h("help.self_test"),
        "--require-keyring": h("help.require_keyring"),
    }
    for flag, text in flags.items():
        parser.add_argument(flag, action="store_true", help=text, **extra)


def _help_texts():
    """The catalogue's texts in the user's language, for help=..."""
    lang = message_lang()
    return lambda key: t(key, lang)


def build_parser() -> argparse.ArgumentParser:
    h = _help_texts()
    parser = Parser(prog="ipdesk", description=h("help.ipdesk"))
    global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = Parser(add_help=False)
    global_options(common, suppress=True)  # the global options also after the subcommand

    p = sub.add_parser("classify", parents=[common], help=h("help.classify"))
    p.add_argument("--lang", choices=("en", "cn"), default="en")
    p.add_argument("--input", metavar="FILE|-", default="-", help=h("help.classify_input"))
    p.add_argument("--output", metavar="FILE", help=h("help.classify_output"))
    p.add_argument("--format", choices=("csv", "json", "xlsx"), help=h("help.classify_format"))
    p.add_argument("--refresh", action="store_true", help=h("help.classify_refresh"))
    p.add_argument("--yes", action="store_true", help=h("help.classify_yes"))
    p.add_argument("--column", metavar="NAME", help=h("help.classify_column"))
    p.add_argument("--with-biblio", action="store_true", help=h("help.classify_with_biblio"))

    p = sub.add_parser("biblio", parents=[common], help=h("help.biblio"))
    p.add_argument("patents", metavar="PATENT", nargs="*", help=h("help.biblio_patents"))
    p.add_argument("--input", metavar="FILE|-", help=h("help.biblio_input"))
    p.add_argument("--column", metavar="NAME", help=h("help.classify_column"))
    p.add_argument("--format", choices=("json", "csv"), help=h("help.biblio_format"))
    p.add_argument("--output", metavar="FILE", help=h("help.classify_output"))
    p.add_argument("--refresh", action="store_true", help=h("help.classify_refresh"))
    p.add_argument("--yes", action="store_true", help=h("help.classify_yes"))

    p = sub.add_parser("outline", parents=[common], help=h("help.outline"))
    p.add_argument("patent", metavar="PATENT")
    p.add_argument(
        "--lang",
        type=str.upper,
        choices=("EN", "CN", "JP", "KR", "TW"),
        help=h("help.outline_lang"),
    )
    p.add_argument("--format", choices=("json", "text"), help=h("help.outline_format"))
    p.add_argument("--related", action="store_true", help=h("help.outline_related"))
    p.add_argument("--refresh", action="store_true")

    p = sub.add_parser("risk", parents=[common], help=h("help.risk"))
    p.add_argument("companies", metavar="COMPANY", nargs="*", help=h("help.risk_companies"))
    p.add_argument("--input", metavar="FILE", help=h("help.risk_input"))
    p.add_argument("--column", metavar="NAME", help=h("help.risk_column"))
    p.add_argument("--history", action="store_true", help=h("help.risk_history"))
    p.add_argument("--releases", type=release_count, default=6, metavar="N", help=h("help.risk_releases"))
    p.add_argument("--format", choices=("json", "csv"), help=h("help.risk_format"))
    p.add_argument("--no-verify", action="store_true", help=h("help.risk_no_verify"))
    p.add_argument("--refresh", action="store_true", help=h("help.risk_refresh"))
    p.add_argument("--yes", action="store_true", help=h("help.classify_yes"))

    p = sub.add_parser("sandbox", parents=[common], help=h("help.sandbox"))
    p.add_argument("--port", type=port_number, default=0, help=h("help.sandbox_port"))
    p.add_argument("--latency-ms", type=non_negative, default=0.0)
    p.add_argument("--qps", type=positive, default=None)
    p.add_argument("--token-lifetime", type=positive, default=1800.0, metavar="S")

    p = sub.add_parser("credentials", parents=[common], help=h("help.credentials"))
    p.add_argument("action", choices=("set", "show", "delete"))
    p.add_argument("--client-id", metavar="ID", help=h("help.credentials_client_id"))
    p.add_argument("--api-key", action="store_true", help=h("help.credentials_api_key"))

    sub.add_parser("usage", parents=[common], help=h("help.usage"))
    p = sub.add_parser(
        "jobs",
        parents=[common],
        help=h("help.jobs"),
    )
    p.add_argument("--all", action="store_true", help=h("help.jobs_all"))
    return parser
