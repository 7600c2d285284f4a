"""services.links: the one place that builds the web addresses of a patent."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from ipdesk.api.config import CHINA_BASE_URL, GLOBAL_BASE_URL
from ipdesk.services.links import espacenet_url, patsnap_url, patsnap_web_host


def test_espacenet_url_is_the_public_publication_number_search():
    assert espacenet_url("EP1000000A1") == "https://worldwide.espacenet.com/patent/search?q=pn%3DEP1000000A1"
    assert espacenet_url(" cn 1234567a ") == "https://worldwide.espacenet.com/patent/search?q=pn%3DCN1234567A"


def test_patsnap_url_searches_the_number_on_the_accounts_web_host():
    url = patsnap_url("US8927118B2", GLOBAL_BASE_URL)
    parts = urlsplit(url)
    assert (parts.scheme, parts.hostname, parts.path) == ("https", "analytics.patsnap.com", "/search")
    assert parse_qs(parts.query) == {"q": ["PN:(US8927118B2)"]}
    assert urlsplit(patsnap_url("CN1", CHINA_BASE_URL + "/")).hostname == "analytics.zhihuiya.com"
    assert patsnap_web_host("http://127.0.0.1:8123") == "analytics.patsnap.com"  # sandbox, custom
    assert patsnap_web_host(None) == "analytics.patsnap.com"


def test_a_number_with_url_characters_stays_in_the_query():
    url = patsnap_url("US1&x=2")
    assert parse_qs(urlsplit(url).query) == {"q": ["PN:(US1&X=2)"]}
    assert "&" not in urlsplit(espacenet_url("US1&x=2")).query


@pytest.mark.parametrize("make", [espacenet_url, patsnap_url])
def test_an_empty_number_is_refused(make):
    with pytest.raises(ValueError):
        make("  ")
