"""Small helpers shared by the dialogs of every area."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def dialog_buttons(
    dialog: QDialog, buttons: QDialogButtonBox.StandardButton, object_name: str
) -> QDialogButtonBox:
    """The dialog's standard button row, wired to accept/reject (Enter = the default button, Esc = reject)."""
    box = QDialogButtonBox(buttons, dialog)
    box.setObjectName(object_name)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
