"""The Accounts dialog: profiles (name, endpoint, auth mode, client ID) and their secret in the keyring.

Every keyring call runs on a worker through the task layer (bounded by SecretStore.timeout). When no usable
keyring exists the dialog says so and offers to keep the secret in memory for this session only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipdesk.services.profiles import Profile
from ipdesk.services.secrets import KeyringUnavailable
from ipdesk.ui.core import texts
from ipdesk.ui.core.context import AppContext
from ipdesk.ui.shell.accounts_form import ProfileForm


class AccountsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.context = context
        self._editing: Profile | None = None  # the saved profile shown in the form (None = a new one)
        self._keyring_usable: bool | None = None
        self._build()
        self.retranslateUi()
        self.reload(select=context.profile.name if context.profile and not context.demo else None)
        self._probe_keyring()

    # -- layout --------------------------------------------------------------------------------------
    def _named(self, widget, name: str):
        widget.setObjectName(name)
        return widget

    def _build(self) -> None:
        self.list = self._named(QListWidget(self), "profileList")
        self.list.currentItemChanged.connect(self._selected)
        self.add_button = self._named(QPushButton(self), "addProfileButton")
        self.add_button.clicked.connect(self.new_profile)
        self.delete_button = self._named(QPushButton(self), "deleteProfileButton")
        self.delete_button.clicked.connect(self.delete_profile)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.profile_form = ProfileForm(self)
        f = self.profile_form
        self.name, self.endpoint, self.url, self.mode = f.name, f.endpoint, f.url, f.mode
        self.client_id, self.secret, self.keyring_status = f.client_id, f.secret, f.keyring_status

        self.test_button = self._named(QPushButton(self), "testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = self._named(QPushButton(self), "saveProfileButton")
        self.save_button.clicked.connect(self.save)
        self.use_button = self._named(QPushButton(self), "useProfileButton")
        self.use_button.clicked.connect(self.use_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.save_button)
        self.result = self._named(QLabel(self), "accountsResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QVBoxLayout()
        right.addWidget(self.profile_form)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 2)
        self.box = self._named(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self), "accountsButtons"
        )
        self.box.rejected.connect(self.reject)
        self.box.button(QDialogButtonBox.StandardButton.Close).setObjectName("accountsCloseButton")
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addWidget(self.box)
        self.resize(760, 420)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.add_button.setText(self.tr("Add"))
        self.delete_button.setText(self.tr("Delete"))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("&Save"))
        self.use_button.setText(self.tr("&Use this profile"))
        names = {
            self.list: self.tr("Profiles"),
            self.add_button: self.tr("Add profile"),
            self.delete_button: self.tr("Delete profile"),
            self.test_button: self.tr("Test connection"),
            self.save_button: self.tr("Save profile"),
            self.use_button: self.tr("Use this profile"),
            self.result: self.tr("Result"),
            self.box.button(QDialogButtonBox.StandardButton.Close): self.tr("Close"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._show_keyring_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- form ----------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self.context.profiles.list():
            item = QListWidgetItem(profile.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
        self.list.blockSignals(False)
        match = self.list.findItems(select, Qt.MatchFlag.MatchExactly) if select else []
        if match:
            self.list.setCurrentItem(match[0])
        else:
            self.new_profile()

    def _selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        profile = self.context.profiles.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._fill(profile)

    def _fill(self, profile: Profile | None) -> None:
        self._editing = profile
        self.profile_form.fill(profile)
        self.delete_button.setEnabled(profile is not None)
        self.use_button.setEnabled(profile is not None)
        self.result.clear()

    def new_profile(self) -> None:
        self.list.setCurrentItem(None)
        self._fill(None)
        self.name.setFocus()

    def form_profile(self, *, need_name: bool = True) -> Profile | None:
        """The validated profile in the form, or None after showing what is wrong."""
        profile, problem = self.profile_form.validated(need_name=need_name)
        if profile is None:
            self._say(problem, error=True)
        return profile

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setProperty("error", error)

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.test_button, self.delete_button, self.use_button):
            button.setEnabled(not busy)
        if not busy:
            self.delete_button.setEnabled(self._editing is not None)
            self.use_button.setEnabled(self._editing is not None)

    # -- keyring status --------------------------------------------------------------------------------
    def _probe_keyring(self) -> None:
        def done(status) -> None:
            self._keyring_usable = status.usable
            self._keyring_text = (status.name, status.reason)
            self._show_keyring_status()

        self._keyring_text: tuple[str, str] | None = None
        self.context.tasks.run(
            "keyring",
            lambda ctx: self.context.secrets.backend_status(),
            owner=self,
            on_result=done,
            show=False,
        )

    def _show_keyring_status(self) -> None:
        info = getattr(self, "_keyring_text", None)
        if info is None:
            self.keyring_status.setText(self.tr("Checking the system keyring…"))
        elif self._keyring_usable:
            self.keyring_status.setText(
                self.tr("Secrets are kept in the system keyring (%1).").replace("%1", info[0])
            )
        else:
            self.keyring_status.setText(
                texts.keyring_reason(info[1])
                + " "
                + self.tr("A secret you enter can be kept in memory for this session only.")
            )

    # -- actions ---------------------------------------------------------------------------------------
    def save(self) -> None:
        profile = self.form_profile()
        if profile is None:
            return
        old = self._editing
        secret = self.secret.text()
        if not secret and (old is None or old.secret_kind != profile.secret_kind):
            self._say(
                self.tr("Enter the client secret.")
                if profile.mode == "client_credentials"
                else self.tr("Enter the API key."),
                error=True,
            )
            self.secret.setFocus()
            return
        if (old is None or old.name != profile.name) and self.context.profiles.get(profile.name):
            self._say(self.tr("A profile with this name already exists."), error=True)
            return
        self._store_secret(profile, old, secret, session_only=False)

    def _store_secret(
        self, profile: Profile, old: Profile | None, secret: str, *, session_only: bool
    ) -> None:
        secrets = self.context.secrets

        def work(ctx):
            value = secret
            if not value:  # renamed, secret unchanged: move it
                value = secrets.get(old.name, old.secret_kind)
                if not value:
                    raise KeyringUnavailable("error")
            where = secrets.set(profile.name, profile.secret_kind, value, session_only=session_only)
            if old is not None and (old.name != profile.name or old.secret_kind != profile.secret_kind):
                secrets.delete(old.name, old.secret_kind)
            return where, value

        def failed(text: str) -> None:
            self._busy(False)
            reason = "" if self._keyring_failed(task.error) else text  # the keyring status says it
            self._say(reason or self.tr("Not saved yet."), error=True)
            if not session_only:
                self._offer_session_only(profile, old, secret, reason)

        self._busy(True)
        self._say(self.tr("Saving…"))
        task = self.context.tasks.run(
            self.tr("Save profile"),
            work,
            owner=self,
            on_result=lambda r: self._saved(profile, old, *r),
            on_error=failed,
            show=False,
        )

    def _keyring_failed(self, error: BaseException | None) -> bool:
        """A keyring failure is shown once, in the keyring status (updated to this reason); True if it was one."""
        if not isinstance(error, KeyringUnavailable):
            return False
        name = error.backend or (self._keyring_text[0] if self._keyring_text else "")
        self._keyring_usable, self._keyring_text = False, (name, error.reason)
        self._show_keyring_status()
        return True

    def _offer_session_only(self, profile: Profile, old: Profile | None, secret: str, reason: str) -> None:
        if not secret:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("No usable keyring"),
            self.tr("The secret could not be stored in a system keyring.")
            + "\n\n"
            + (reason + "\n\n" if reason else "")
            + self.tr(
                "Keep it in memory for this session only? You will have to enter it again "
                "after IP Desk closes. It is never written to a file."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("sessionOnlyQuestion")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(
            lambda answer: (
                self._store_secret(profile, old, secret, session_only=True)
                if answer == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()

    def _saved(self, profile: Profile, old: Profile | None, where: str, secret: str) -> None:
        self._busy(False)
        saved = self.context.profiles.save(profile, replacing=old.name if old else None)
        self.reload(select=saved.name)
        if where == "session":
            self._say(self.tr("Saved. The secret is kept in memory until IP Desk closes."))
        else:
            self._say(self.tr("Saved. The secret is in the system keyring."))
        ctx = self.context
        if ctx.demo or ctx.profile is None or (old is not None and ctx.profile.name == old.name):
            ctx.use_profile(saved, secret)

    def delete_profile(self) -> None:
        profile = self._editing
        if profile is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete profile"),
            self.tr("Delete the profile “%1” and its secret from the keyring?").replace("%1", profile.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDeleteProfile")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(
            lambda answer: self._delete(profile) if answer == QMessageBox.StandardButton.Yes else None
        )
        box.open()

    def _delete(self, profile: Profile) -> None:
        def deleted(_result) -> None:
            self._busy(False)
            self.context.profiles.delete(profile.name)
            self.reload()
            self._say(self.tr("The profile “%1” was deleted.").replace("%1", profile.name))
            ctx = self.context
            if ctx.profile is not None and ctx.profile.name == profile.name:
                remaining = ctx.profiles.current_profile()
                ctx.use_profile(remaining) if remaining else ctx.use_demo()

        def failed(text: str) -> None:
            self._busy(False)
            self._say(text, error=True)

        self._busy(True)
        self.context.tasks.run(
            self.tr("Delete profile"),
            lambda ctx: self.context.secrets.delete(profile.name),
            owner=self,
            on_result=deleted,
            on_error=failed,
            show=False,
        )

    def use_selected(self) -> None:
        if self._editing is not None:
            self.context.use_profile(self._editing)
            self._say(self.tr("Switched to “%1”.").replace("%1", self._editing.name))

    def test_connection(self) -> None:
        """Test what is typed (endpoint, client ID, secret): no name needed."""
        profile = self.form_profile(need_name=False)
        if profile is None:
            return
        secret = self.secret.text() or None
        if secret is None and (self._editing is None or self._editing.secret_kind != profile.secret_kind):
            self._say(self.tr("Enter the secret to test."), error=True)
            return
        if secret is None:  # test the saved secret (of the saved name) with the form's other fields
            profile = Profile(self._editing.name, profile.base_url, profile.mode, profile.client_id)

        def ok(_description: str) -> None:
            self.test_button.setEnabled(True)
            self._say(self.tr("The connection works: the service accepted these credentials."))

        def failed(text: str) -> None:
            self.test_button.setEnabled(True)
            self._say(self.tr("The connection test failed: %1").replace("%1", text), error=True)

        self.test_button.setEnabled(False)
        self._say(self.tr("Testing the connection…"))
        self.context.test_connection(
            owner=self, on_result=ok, on_error=failed, profile=profile, secret=secret
        )
