"""First run: the store is created, the recovery key is shown once and must be confirmed."""

from pathlib import Path

from app.store.store import Store
from tests.conftest import FAST_KDF
from ui.first_run import PAGE_PASSWORD, PAGE_RECOVERY, PAGE_SERVER, FirstRunWizard

STRONG = "Fahrrad Laterne Kompass 42"


def _wizard(qtbot, tmp_path: Path, tasks) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "new-store", tasks, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_creates_the_store_and_confirms_the_recovery_key(qtbot, tmp_path, tasks) -> None:
    wizard = _wizard(qtbot, tmp_path, tasks)
    wizard.welcome.actor.setText("anna")
    wizard.next()
    assert wizard.currentId() == PAGE_PASSWORD
    fields = wizard.password_page.fields
    fields.first.setText("password")  # too weak: refused with a reason
    fields.second.setText("password")
    wizard.next()
    assert wizard.currentId() == PAGE_PASSWORD
    assert wizard.password_page.message.text()
    fields.first.setText(STRONG)
    fields.second.setText(STRONG)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=10_000)
    assert Store.exists(tmp_path / "new-store")
    key = wizard.recovery_page.key_label.text()
    assert key.count("-") == 7
    page = wizard.recovery_page
    assert not page.isComplete()
    page.kept.setChecked(True)
    page.confirm_group.setText("XXXX")
    assert not page.isComplete()  # the typed group must match
    page.confirm_group.setText(key.rsplit("-", 1)[-1].lower())
    assert page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_SERVER
    with qtbot.waitSignal(wizard.completed, timeout=5_000) as blocker:
        wizard.accept()  # "Start working" without a server: offline
    store = blocker.args[0]
    assert store.device.actor == "anna"
    store.close()
    Store.unlock(tmp_path / "new-store", STRONG).close()


def test_recovery_key_sheet_is_written_to_a_file(qtbot, tmp_path, tasks) -> None:
    wizard = _wizard(qtbot, tmp_path, tasks)
    wizard.recovery_key = "ABCD-EFGH"
    target = tmp_path / "key.txt"
    wizard.write_sheet(target, wizard.recovery_page._sheet())
    qtbot.waitUntil(target.exists, timeout=5_000)
    assert "ABCD-EFGH" in target.read_text("utf-8")
