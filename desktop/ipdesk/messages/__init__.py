"""The message catalogue: every user-visible text outside Qt, in English and Simplified Chinese.

The GUI's own strings stay in the Qt ``.ts`` catalogues; this catalogue holds what the Qt-free core and the
command line say (error messages of the API client, the command line's messages and argparse's). It imports
nothing of ipdesk, so any layer may use it.

One way to use it::

    from ipdesk.messages import Message, t

    t("cli.no_such_profile", lang, profile=name)    # the text now, in the language `lang`
    Message("cli.no_such_profile", profile=name)    # a text to show later (in an exception), then:
    message.text(lang)
    class TableError(MessageError): ...                 # an error that carries one: raise TableError(key, **params),
    error.message(lang), error.msg                      # then its text in `lang`, or the Message to pass on

- A key is dotted: ``<area>.<what>`` (``api.auth_failed``, ``cli.interrupted``, ``argparse.required``); the
  texts live in :data:`ipdesk.messages.catalogue.CATALOGUE` as ``key: (english, chinese)``.
- Placeholders are named and use ``str.format`` syntax: ``{profile}``, ``{count}``; both languages use the
  same names. No positional ``{0}`` / ``%1``.
- ``lang`` is a language code: one starting with ``zh`` gives Chinese, anything else English.
- Chinese texts use full-width punctuation (``：，；（）``); ASCII is kept only inside code spans, paths,
  flags and placeholders.
- ``tests/core/test_messages.py`` checks all of this, that every key is used in ``desktop/`` and that every
  key the code names exists.
"""

from __future__ import annotations

import string

from ipdesk.messages.catalogue import CATALOGUE


def is_chinese(lang: str | None) -> bool:
    return bool(lang) and lang.lower().startswith("zh")


def t(key: str, lang: str | None = "en", /, **params: object) -> str:
    """The text of `key` in `lang` with its {placeholders} filled from `params` (KeyError: unknown key)."""
    english, chinese = CATALOGUE[key]
    return (chinese if is_chinese(lang) else english).format(**params)


CLIP_CHARS = 80


def clip(text: str, limit: int = CLIP_CHARS) -> str:
    """``text`` cut to ``limit`` characters with "…" when longer: input echoed in a message (a 10 MB line is
    never shown whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def placeholders(key: str) -> list[str]:
    """The names of the {placeholders} of `key`, in the order of the English text."""
    return [name for _, name, _, _ in string.Formatter().parse(CATALOGUE[key][0]) if name is not None]


class Message:
    """A catalogue key with its parameters: the text is chosen when it is shown, in the reader's language."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        if key not in CATALOGUE:
            raise KeyError(key)
        self.key, self.params = key, params

    def text(self, lang: str | None = "en") -> str:
        """The text in ``lang``; a parameter that is itself a Message (e.g. the detail of an error) is shown in
        the same language."""
        params = {k: v.text(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        return t(self.key, lang, **params)

    def __repr__(self) -> str:
        return f"Message({self.key!r})"  # the parameters may hold user data


class MessageError(Exception):
    """An error whose text is a catalogue Message (``.msg``): ``message(lang)`` shows it in the reader's language,
    ``str()`` is the English text."""

    def __init__(self, key: str | Message, /, **params: object) -> None:
        self.msg = key if isinstance(key, Message) else Message(key, **params)
        super().__init__(self.msg.text("en"))

    def message(self, lang: str | None = "en") -> str:
        return self.msg.text(lang)
