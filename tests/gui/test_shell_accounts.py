"""The Accounts dialog: profiles saved with the secret in the keyring only; session-only path; Test connection."""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ipdesk.api.errors import ERROR_KEYS
from ipdesk.messages import t
from ipdesk.sandbox.credentials import DEMO_API_KEY, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from ipdesk.ui.shell.accounts import AccountsDialog


def _dialog(window, qtbot) -> AccountsDialog:
    window.menus.actions["accounts"].trigger()
    dialog = window.findChild(QWidget, "accountsDialog")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(
        lambda: "keyring" in dialog.keyring_status.text() and "Checking" not in dialog.keyring_status.text(),
        timeout=10000,
    )
    return dialog


def _fill(dialog, *, name, url, secret, client_id=DEMO_CLIENT_ID, mode="client_credentials"):
    dialog.new_profile()
    dialog.name.setText(name)
    dialog.endpoint.setCurrentIndex(2)  # custom URL
    dialog.url.setText(url)
    dialog.mode.setCurrentIndex(0 if mode == "client_credentials" else 1)
    dialog.client_id.setText(client_id or "")
    dialog.secret.setText(secret)


def _files_containing(root: Path, needle: str) -> list[Path]:
    data = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


def _result(dialog) -> QLabel:
    return dialog.findChild(QLabel, "accountsResult")


def test_saved_profile_keeps_its_secret_in_the_keyring_only(
    make_window, secret_service, sandbox, data_dir, qtbot
):
    window = make_window()
    dialog = _dialog(window, qtbot)
    assert dialog.keyring_status.text().startswith("Secrets are kept in the system keyring")
    _fill(dialog, name="Work", url=sandbox.base_url, secret=DEMO_CLIENT_SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: _result(dialog).text() == "Saved. The secret is in the system keyring.", timeout=10000
    )

    assert keyring.get_password("ipdesk", "Work:client_secret") == DEMO_CLIENT_SECRET
    settings = Path(window.context.settings.fileName())
    window.context.settings.sync()
    assert "Work" in settings.read_text(encoding="utf-8") and sandbox.base_url in settings.read_text(
        encoding="utf-8"
    )
    assert _files_containing(data_dir, DEMO_CLIENT_SECRET) == []
    assert [p.name for p in window.context.profiles.list()] == ["Work"]

    # the new profile takes effect without a restart: demo banner gone, client talks to the sandbox
    qtbot.waitUntil(
        lambda: window.context.profile.name == "Work" and window.context.client() is not None, timeout=10000
    )
    assert not window.context.demo and not window.banner.isVisible()
    assert window.context.client().test_connection()

    # deleting the profile deletes its keyring entry, and the app falls back to demo mode
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    box = dialog.findChild(QMessageBox, "confirmDeleteProfile")
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _result(dialog).text() == "The profile “Work” was deleted.", timeout=10000)
    assert keyring.get_password("ipdesk", "Work:client_secret") is None
    assert window.context.profiles.list() == []
    qtbot.waitUntil(lambda: window.context.demo and window.banner.isVisible(), timeout=10000)


def test_without_a_keyring_the_secret_can_stay_in_memory_for_the_session(window, sandbox, data_dir, qtbot):
    dialog = _dialog(window, qtbot)  # the default test backend is keyring's "fail" backend: no keyring
    assert dialog.keyring_status.text().startswith("No system keyring is available on this computer")
    assert "for this session only" in dialog.keyring_status.text()
    _fill(dialog, name="Laptop", url=sandbox.base_url, secret=DEMO_CLIENT_SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "sessionOnlyQuestion") is not None, timeout=10000)
    box = dialog.findChild(QMessageBox, "sessionOnlyQuestion")
    assert "could not be stored in a system keyring" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: _result(dialog).text() == "Saved. The secret is kept in memory until IP Desk closes.",
        timeout=10000,
    )
    assert window.context.secrets.in_session("Laptop", "client_secret")
    qtbot.waitUntil(
        lambda: window.context.profile.name == "Laptop" and window.context.client() is not None, timeout=10000
    )
    assert window.context.client().test_connection()
    window.context.settings.sync()
    assert _files_containing(data_dir, DEMO_CLIENT_SECRET) == []


def test_declining_session_storage_saves_nothing(window, sandbox, qtbot):
    dialog = _dialog(window, qtbot)
    _fill(dialog, name="Nope", url=sandbox.base_url, secret="typed-secret-123")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "sessionOnlyQuestion") is not None, timeout=10000)
    dialog.findChild(QMessageBox, "sessionOnlyQuestion").button(QMessageBox.StandardButton.No).click()
    qtbot.wait(100)
    assert window.context.profiles.list() == []
    assert not window.context.secrets.in_session("Nope", "client_secret")


def test_test_connection_reports_success_and_the_mapped_message(window, sandbox, qtbot):
    dialog = _dialog(window, qtbot)
    _fill(dialog, name="Trial", url=sandbox.base_url, secret=DEMO_CLIENT_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: _result(dialog).text().startswith("The connection works"), timeout=10000)
    assert sandbox.counts.get("token", 0) >= 1

    dialog.secret.setText("wrong-secret")
    dialog.test_button.click()
    expected = "The connection test failed: " + t(ERROR_KEYS[67200003], "en")
    qtbot.waitUntil(lambda: _result(dialog).text() == expected, timeout=10000)

    _fill(dialog, name="Key", url=sandbox.base_url, secret=DEMO_API_KEY, client_id=None, mode="api_key")
    assert not dialog.client_id.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: _result(dialog).text().startswith("The connection works"), timeout=10000)

    window.context.language.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: dialog.test_button.text() == "测试连接(&T)", timeout=3000)
        dialog.secret.setText("wrong-key")
        dialog.test_button.click()
        expected = "连接测试失败：" + t(ERROR_KEYS[67200003], "zh")
        qtbot.waitUntil(lambda: _result(dialog).text() == expected, timeout=10000)
    finally:
        window.context.language.apply("en")


def test_invalid_fields_are_named_in_words(window, qtbot):
    dialog = _dialog(window, qtbot)
    _fill(dialog, name="Plain", url="http://example.com", secret="x")
    dialog.save_button.click()
    assert "https://" in _result(dialog).text()
    _fill(dialog, name="", url="https://connect.patsnap.com", secret="x")
    dialog.save_button.click()
    assert _result(dialog).text().startswith("Enter a name")
    assert window.context.profiles.list() == []


def _visible_texts(dialog) -> list[str]:
    widgets = [w for w in dialog.findChildren(QLabel) if w.isVisible()]
    return [w.text() for w in widgets] + [b.text() for b in dialog.findChildren(QMessageBox) if b.isVisible()]


def test_the_keyring_warning_is_shown_once(window, sandbox, qtbot):
    """Issue 16 (12): the reason stays in the keyring status; neither the result line nor the question repeats it."""
    dialog = _dialog(window, qtbot)
    reason = "No system keyring is available"
    _fill(dialog, name="Laptop", url=sandbox.base_url, secret=DEMO_CLIENT_SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "sessionOnlyQuestion") is not None, timeout=10000)
    box = dialog.findChild(QMessageBox, "sessionOnlyQuestion")
    qtbot.waitUntil(box.isVisible)
    texts = _visible_texts(dialog)
    assert sum(text.count(reason) for text in texts) == 1, texts
    assert dialog.keyring_status.text().startswith(reason)
    assert _result(dialog).text() == "Not saved yet."
    box.button(QMessageBox.StandardButton.No).click()


def test_test_connection_needs_no_profile_name(window, sandbox, qtbot):
    """Issue 16 (12): Test connection tests what is typed (endpoint, client ID, secret), with or without a name."""
    dialog = _dialog(window, qtbot)
    _fill(dialog, name="", url=sandbox.base_url, secret=DEMO_CLIENT_SECRET)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: _result(dialog).text().startswith("The connection works"), timeout=10000)
    assert window.context.profiles.list() == []
    dialog.secret.setText("wrong-secret")
    dialog.test_button.click()
    expected = "The connection test failed: " + t(ERROR_KEYS[67200003], "en")
    qtbot.waitUntil(lambda: _result(dialog).text() == expected, timeout=10000)
    # Save still needs the name
    dialog.save_button.click()
    assert _result(dialog).text().startswith("Enter a name")


def test_the_form_says_where_credentials_come_from(window, qtbot):
    dialog = _dialog(window, qtbot)
    help_label = dialog.findChild(QLabel, "credentialsHelp")
    assert help_label is not None and help_label.isVisible()
    assert "PatSnap Open Platform" in help_label.text() and "client secret" in help_label.text()
    dialog.mode.setCurrentIndex(1)  # API key
    assert "API key" in help_label.text()
    window.context.language.apply("zh_CN")
    try:
        qtbot.waitUntil(lambda: "智慧芽开放平台" in help_label.text(), timeout=3000)
        assert "API Key" in help_label.text()
        assert "认证方式(&A)：" in [label.text() for label in dialog.findChildren(QLabel)]
    finally:
        window.context.language.apply("en")
