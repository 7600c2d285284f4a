"""The Classification tab (SEIC, P022). The shell builds it with `create_tab` when it is first shown; its modules load then."""

from __future__ import annotations


def create_tab(context, parent=None):
    from ipdesk.ui.classify.tab import ClassifyTab

    return ClassifyTab(context, parent)
