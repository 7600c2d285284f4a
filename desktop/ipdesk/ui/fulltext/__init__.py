"""The Full text tab (P073 outline beside the P019 description). The shell builds it with `create_tab` when it is first shown; its modules load then."""

from __future__ import annotations


def create_tab(context, parent=None):
    from ipdesk.ui.fulltext.tab import FullTextTab

    return FullTextTab(context, parent)
