"""The profile form of the Accounts dialog: name, endpoint, URL, auth mode, client ID, secret."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ipdesk.services.profiles import ENDPOINT_URLS, Profile, ProfileError, validate_profile
from ipdesk.ui.core import texts

ENDPOINTS = ("global", "china", "custom")
MODES = ("client_credentials", "api_key")
UNSAVED_NAME = "(unsaved)"  # the name a connection test of an unnamed form runs (and is counted) under


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileForm")
        self.editing = False  # showing a saved profile (its secret may stay as it is)
        self.name = self._named(QLineEdit(self), "profileName")
        self.endpoint = self._named(QComboBox(self), "profileEndpoint")
        self.endpoint.addItems(["", "", ""])
        self.endpoint.currentIndexChanged.connect(self._endpoint_changed)
        self.url = self._named(QLineEdit(self), "profileUrl")
        self.mode = self._named(QComboBox(self), "profileAuthMode")
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.client_id = self._named(QLineEdit(self), "profileClientId")
        self.secret = self._named(QLineEdit(self), "profileSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_status = self._named(QLabel(self), "keyringStatus")
        self.keyring_status.setWordWrap(True)
        self.help = self._named(QLabel(self), "credentialsHelp")
        self.help.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(self) for _ in range(6)]
        fields = (self.name, self.endpoint, self.url, self.mode, self.client_id, self.secret)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            layout.addRow(label, field)
        layout.addRow(self.help)
        layout.addRow(self.keyring_status)
        self.retranslateUi()
        self.fill(None)

    @staticmethod
    def _named(widget, name: str):
        widget.setObjectName(name)
        return widget

    def retranslateUi(self) -> None:
        labels = (
            self.tr("&Name:"),
            self.tr("&Endpoint:"),
            self.tr("&URL:"),
            self.tr("&Authentication:"),
            self.tr("Client &ID:"),
        )
        for label, text in zip(self.labels, labels, strict=False):
            label.setText(text)
        for i, key in enumerate(ENDPOINTS):
            self.endpoint.setItemText(i, texts.endpoint_name(key))
        for i, key in enumerate(MODES):
            self.mode.setItemText(i, texts.auth_mode_name(key))
        names = {
            self.name: self.tr("Profile name"),
            self.endpoint: self.tr("Endpoint"),
            self.url: self.tr("Endpoint URL"),
            self.mode: self.tr("Authentication mode"),
            self.client_id: self.tr("Client ID"),
            self.keyring_status: self.tr("Keyring status"),
            self.help: self.tr("Where the credentials come from"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._mode_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _endpoint_changed(self, *_: object) -> None:
        key = ENDPOINTS[self.endpoint.currentIndex()]
        custom = key == "custom"
        self.url.setReadOnly(not custom)
        if not custom:
            self.url.setText(ENDPOINT_URLS[key])
        self.url.setPlaceholderText("https://…" if custom else "")

    def _mode_changed(self, *_: object) -> None:
        client = MODES[self.mode.currentIndex()] == "client_credentials"
        self.client_id.setEnabled(client)
        self.labels[5].setText(self.tr("Client &secret:") if client else self.tr("API &key:"))
        self.secret.setAccessibleName(self.tr("Client secret") if client else self.tr("API key"))
        self.secret.setPlaceholderText(
            self.tr("Stored in the keyring; leave empty to keep it") if self.editing else ""
        )
        self.help.setText(
            self.tr(
                "The client ID and client secret come from your PatSnap Open Platform account "
                "(console → applications)."
            )
            if client
            else self.tr(
                "The API key comes from your PatSnap Open Platform account (console → applications)."
            )
        )

    def fill(self, profile: Profile | None) -> None:
        self.editing = profile is not None
        self.name.setText(profile.name if profile else "")
        endpoint = profile.endpoint if profile else "global"
        self.endpoint.setCurrentIndex(ENDPOINTS.index(endpoint))
        self._endpoint_changed()
        if profile and endpoint == "custom":
            self.url.setText(profile.base_url)
        self.mode.setCurrentIndex(MODES.index(profile.mode) if profile else 0)
        self.client_id.setText((profile.client_id or "") if profile else "")
        self.secret.clear()
        self._mode_changed()

    def validated(self, *, need_name: bool = True) -> tuple[Profile | None, str]:
        """(the cleaned profile, "") or (None, what is wrong, in words); focuses the wrong field.
        need_name=False (a connection test): the endpoint and credentials only; an empty or invalid name
        becomes UNSAVED_NAME."""
        mode = MODES[self.mode.currentIndex()]
        raw = Profile(
            self.name.text(), self.url.text(), mode, self.client_id.text() if mode != "api_key" else None
        )
        try:
            try:
                return validate_profile(raw), ""
            except ProfileError as exc:
                if need_name or exc.field != "name":
                    raise
                return validate_profile(replace(raw, name=UNSAVED_NAME)), ""
        except ProfileError as exc:
            messages = {
                "name": self.tr("Enter a name of at most 64 characters, without “:”."),
                "base_url": self.tr(
                    "Enter a valid https:// address (plain http is allowed only for this computer)."
                ),
                "client_id": self.tr("Enter the client ID."),
            }
            fields = {"name": self.name, "base_url": self.url, "client_id": self.client_id}
            fields.get(exc.field, self.name).setFocus()
            return None, messages.get(exc.field, str(exc))
