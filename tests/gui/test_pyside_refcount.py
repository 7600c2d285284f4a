"""Guard against the PySide6 6.12.0 bug that drops a reference to None on every call of a Qt method
returning void (Python 3.11, where None is not immortal): after a few thousand calls the interpreter
aborts with "Fatal Python error: none_dealloc". pyproject pins PySide6 below 6.12; this test fails if
an upgrade brings the bug back."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_refcount_of_none(qapp):
    obj, label = QObject(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        label.setText("y")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"refcount of None went from {before} to {after}"
