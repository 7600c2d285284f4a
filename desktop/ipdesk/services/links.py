"""Where a patent is read on the web: the one place that builds these URLs (the GUI opens them, the CLI may
print them). Qt-free.

``espacenet_url``: Espacenet's public search form for a publication number (``pn=``), which opens the document
when the number is known. ``patsnap_url``: PatSnap's web view (Analytics) for a publication number.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from ipdesk.api.config import CHINA_BASE_URL

ESPACENET_SEARCH = "https://worldwide.espacenet.com/patent/search?q="
PATSNAP_WEB_HOST = "analytics.patsnap.com"
ZHIHUIYA_WEB_HOST = "analytics.zhihuiya.com"  # PatSnap's web app for the China endpoint's accounts


def _number(number: str) -> str:
    number = "".join(number.split()).upper()
    if not number:
        raise ValueError("a patent number is needed")
    return number


def espacenet_url(number: str) -> str:
    """``https://worldwide.espacenet.com/patent/search?q=pn%3DEP1000000A1`` for ``EP1000000A1``."""
    return ESPACENET_SEARCH + quote(f"pn={_number(number)}", safe="")


def patsnap_web_host(base_url: str | None = None) -> str:
    """The web app's host for an account's API base URL: the China endpoint's accounts sign in on
    analytics.zhihuiya.com, every other one (global, custom, the demo sandbox) on analytics.patsnap.com."""
    if base_url and urlsplit(base_url.rstrip("/")).hostname == urlsplit(CHINA_BASE_URL).hostname:
        return ZHIHUIYA_WEB_HOST
    return PATSNAP_WEB_HOST


def patsnap_url(number: str, base_url: str | None = None) -> str:
    """A search for the publication number in PatSnap Analytics, on the web host of the account's endpoint.

    Assumed (not documented by PatSnap's Open Platform): the web app takes an Analytics query in ``q`` on its
    ``/search`` page, and ``PN:(<number>)`` is the Analytics query syntax for a publication number (the syntax of
    the P002 Analytics Query Search); the user signs in there with their own web account."""
    query = quote(f"PN:({_number(number)})", safe="")
    return f"https://{patsnap_web_host(base_url)}/search?q={query}"
