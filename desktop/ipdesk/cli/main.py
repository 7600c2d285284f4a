"""The ``ipdesk`` command: the GUI with no subcommand, else one command of the table below, headless.

Exit codes: 0 all done; 1 some items failed (the rest written); 2 bad usage or input; 3 authentication, plan or
quota error; 130 interrupted (Ctrl+C; run the same command again to resume). Errors are printed as the mapped
message (Chinese when LANG starts with zh), never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence

from ipdesk.cli.args import build_parser, global_options
from ipdesk.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    CliExit,
    api_error_text,
    api_exit_code,
    message_lang,
    say,
)

# command -> (module, function): each command's module is imported only when it runs
COMMANDS: dict[str, tuple[str, str]] = {
    "classify": ("ipdesk.cli.classify", "cmd_classify"),
    "biblio": ("ipdesk.cli.biblio", "cmd_biblio"),
    "outline": ("ipdesk.cli.outline", "cmd_outline"),
    "risk": ("ipdesk.cli.risk", "cmd_risk"),
    "sandbox": ("ipdesk.cli.sandbox", "cmd_sandbox"),
    "credentials": ("ipdesk.cli.account", "cmd_credentials"),
    "usage": ("ipdesk.cli.account", "cmd_usage"),
    "jobs": ("ipdesk.cli.jobs", "cmd_jobs"),
    "report": ("ipdesk.cli.report", "cmd_report"),
    "store": ("ipdesk.cli.store", "cmd_store"),
}


def _setup_logging(verbose: bool) -> None:
    from ipdesk.api.redact import install_redaction

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    install_redaction()


def run_command(args: argparse.Namespace) -> int:
    module, function = COMMANDS[args.command]
    return getattr(importlib.import_module(module), function)(args)


def _exit_now(code: int) -> None:
    """End an interrupted process without waiting for API calls still in flight (the interpreter would join
    their worker threads). Called after the store was closed: every answer received is stored or spooled."""
    import os
    import threading

    if any(t.name.startswith("ipdesk-api") and t.is_alive() for t in threading.enumerate()):
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    process = argv is None  # the process's own command line (not a call from a test or a script)
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    global_options(pre)
    known, rest = pre.parse_known_args(argv)
    if not rest and not known.self_test:
        from ipdesk.display_check import ensure_display  # says what is missing before Qt loads or aborts

        if ensure_display():
            return 1
        from ipdesk.ui.app import run_gui  # the GUI (no subcommand); imported only when wanted

        return run_gui(argv, demo=True if known.demo else None)
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if args.self_test:
        from ipdesk.ui.selftest import run_self_test

        return run_self_test(require_keyring=True if args.require_keyring else None)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from ipdesk.api.errors import ApiError
    from ipdesk.services.store import StoreError

    lang = message_lang()
    try:
        try:
            code = run_command(args)
        except CliExit as exc:
            code = exc.code
        if code == EXIT_INTERRUPTED and process:
            _exit_now(code)
        return code
    except CliError as exc:
        print(exc.text(lang), file=sys.stderr)
        return exc.code
    except ApiError as exc:
        print(api_error_text(exc, lang), file=sys.stderr)
        return api_exit_code(exc)
    except StoreError as exc:
        print(exc.message(lang), file=sys.stderr)
        if getattr(getattr(exc, "health", None), "state", "") == "damaged":
            say("cli.store_damaged_hint")
        return EXIT_USAGE
    except sqlite3.DatabaseError as exc:  # damage the quick check at start did not reach
        from ipdesk.services.session import database_path

        say("health.damaged", path=database_path(args.demo), detail=exc)
        say("cli.store_damaged_hint")
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("cli.interrupted")
        if process:
            _exit_now(EXIT_INTERRUPTED)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # files: --input / --output
        if exc.filename:
            say("cli.cannot_use_file", path=exc.filename, reason=exc.strerror or exc)
        else:
            say("cli.cannot_use", reason=exc.strerror or exc)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
