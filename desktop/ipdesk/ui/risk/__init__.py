"""The Risk monitoring tab (C029, C027, C028). The shell builds it with `create_tab` when it is first shown; its modules load then."""

from __future__ import annotations


def create_tab(context, parent=None):
    from ipdesk.ui.risk.tab import RiskTab

    return RiskTab(context, parent)
