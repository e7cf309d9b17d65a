"""Closing a form with changes: keep them as a draft, discard them, or stay."""

import pytest

from app.services import drafts as draft_service
from tests.ui.conftest import settle
from ui.editors.consultation import ConsultationEditor


@pytest.mark.parametrize(
    ("choice", "kept", "open_after"),
    [("draft", 1, False), ("discard", 0, False), ("cancel", 0, True)],
)
def test_closing_a_changed_form(
    qtbot, ctx, tasks, make, monkeypatch, choice, kept, open_after
) -> None:
    case = make.case()
    editor = ConsultationEditor.for_case(ctx, case.id)  # deletes itself when closed
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    editor.show()
    settle(qtbot, tasks)
    editor.notes.setPlainText("noch nicht fertig")
    monkeypatch.setattr(editor, "_ask_on_close", lambda: choice)
    editor.close()
    settle(qtbot, tasks)
    assert len(draft_service.drafts(make.store)) == kept
    assert bool(closed) is not open_after
    if open_after:
        editor.discard_silently()
        settle(qtbot, tasks)


def test_the_close_question_names_what_each_button_does(qtbot, ctx, tasks, make) -> None:
    from ui.qt import QtCore, QtWidgets

    case = make.case()
    editor = ConsultationEditor.for_case(ctx, case.id)
    seen: list[str] = []

    def answer() -> None:
        box = QtWidgets.QApplication.activeModalWidget()
        assert isinstance(box, QtWidgets.QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        box.reject()

    QtCore.QTimer.singleShot(0, answer)
    assert editor._ask_on_close() == "cancel"
    assert "&Keep as draft" in seen and "&Discard changes" in seen
    settle(qtbot, tasks)
    editor.discard_silently()
