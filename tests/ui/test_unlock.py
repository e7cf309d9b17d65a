"""The lock screen: right and wrong password, the growing pause, recovery with the recovery key."""

from pathlib import Path

import pytest

from app.store.store import Store
from tests.conftest import PASSWORD
from ui.unlock import FREE_TRIES, UnlockPage, pause_after


def test_pause_grows_after_free_tries_and_is_capped() -> None:
    assert [pause_after(n) for n in range(FREE_TRIES)] == [0] * FREE_TRIES
    pauses = [pause_after(n) for n in range(FREE_TRIES, FREE_TRIES + 10)]
    assert pauses == sorted(pauses) and pauses[0] > 0 and max(pauses) == 60


@pytest.fixture
def page(qtbot, data_dir: Path, store_and_recovery, tasks) -> UnlockPage:
    store_and_recovery[0].close()  # the screen opens it itself
    widget = UnlockPage(data_dir, tasks)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_right_password_unlocks(qtbot, page: UnlockPage) -> None:
    page.password.setText(PASSWORD)
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        page.unlock_button.click()
    store = blocker.args[0]
    assert isinstance(store, Store)
    assert page.password.text() == ""  # the password does not linger in the widget
    store.close()


def test_wrong_password_says_so_and_pauses_after_free_tries(qtbot, page: UnlockPage, tasks) -> None:
    for attempt in range(1, FREE_TRIES + 1):
        page.password.setText("not the password")
        page.unlock_button.click()
        qtbot.waitUntil(lambda n=attempt: page.failures == n, timeout=10_000)
        qtbot.waitUntil(lambda: not tasks.busy, timeout=5_000)
    assert "not correct" in page.message.text()
    assert not page.unlock_button.isEnabled()  # the pause after the free tries
    assert "wait" in page.message.text()
    # The pause ends by its timer; after it, the right password still works.
    page._pause_left = 1
    page.on_pause_timeout()
    assert page.unlock_button.isEnabled()
    page.password.setText(PASSWORD)
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        page.unlock_button.click()
    blocker.args[0].close()
    assert page.failures == 0


def test_recovery_sets_a_new_password(
    qtbot, page: UnlockPage, store_and_recovery, data_dir
) -> None:
    recovery = store_and_recovery[1]
    page.forgot.click()
    assert page.stack.currentIndex() == 1
    page.recovery_key.setText(recovery.lower())
    new = "Fahrrad Laterne Kompass 42"
    page.new_password.first.setText(new)
    page.new_password.second.setText(new)
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        page.recover_button.click()
    blocker.args[0].close()
    Store.unlock(data_dir, new).close()


def test_recovery_refuses_a_wrong_key_and_a_weak_password(qtbot, page: UnlockPage, tasks) -> None:
    page.forgot.click()
    page.new_password.first.setText("short")
    page.new_password.second.setText("short")
    page.recover_button.click()
    assert "at least" in page.recovery_message.text()
    strong = "Fahrrad Laterne Kompass 42"
    page.new_password.first.setText(strong)
    page.new_password.second.setText(strong)
    page.recovery_key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    page.recover_button.click()
    qtbot.waitUntil(lambda: "not correct" in page.recovery_message.text(), timeout=10_000)


def test_only_the_demo_store_says_its_password(qtbot, data_dir: Path, store_and_recovery, tasks):
    """Issue 13: a newcomer opening `make demo` must find the demo password on the screen."""
    from app.services.demo_hint import mark_demo_store

    store_and_recovery[0].close()
    plain = UnlockPage(data_dir, tasks)
    qtbot.addWidget(plain)
    assert plain.demo_hint.isHidden() and PASSWORD not in plain.demo_hint.text()
    mark_demo_store(data_dir, "demo-passwort")
    demo = UnlockPage(data_dir, tasks)
    qtbot.addWidget(demo)
    demo.show()
    assert demo.demo_hint.isVisible() and "demo-passwort" in demo.demo_hint.text()
