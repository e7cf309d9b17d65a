"""What every screen gets: the session, the settings and a way to ask for another screen."""

from dataclasses import dataclass
from typing import Any, Protocol

from ui.session import Session
from ui.settings import DesktopSettings


class Navigator(Protocol):
    """Screens ask for other screens by intent; the workspace decides how to show them."""

    def show_person(self, person_id: str) -> None: ...
    def show_case(self, case_id: str) -> None: ...
    def new_consultation(self, case_id: str) -> None: ...
    def show_panel(self, name: str) -> None: ...
    def open_editor(self, editor: Any) -> None: ...
    def restore_editor(self, draft: Any) -> None: ...


@dataclass
class Context:
    session: Session
    settings: DesktopSettings
    navigator: Navigator
    role: str = "counsellor"  # counsellor, lead or admin (from the enrolment; offline: counsellor)

    @property
    def is_lead(self) -> bool:
        return self.role in ("lead", "admin")
