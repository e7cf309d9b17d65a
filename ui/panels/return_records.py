"""The frame of the person view's return sections: the household's return records, loaded
beside the dossier (services/returns/return_file.py) whenever the dossier is shown again."""

from app.services.dossier import PersonDossier
from app.services.returns.return_file import ReturnFile, return_files
from ui.panels.person_casework import CaseRecordsSection
from ui.qt import Signal, is_alive
from ui.tasks import Failure


class ReturnRecordsSection(CaseRecordsSection):
    """Subclasses give `show_files`; `count_changed` asks the view to retitle its tabs."""

    count_changed = Signal()
    files_shown = Signal()  # the records of the dossier now shown have arrived

    files: dict[str, ReturnFile]
    _generation = 0

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        self._generation += 1
        generation, case_ids = self._generation, [f.case.id for f in dossier.cases]
        self.ctx.session.query(
            lambda store: return_files(store, case_ids=case_ids),
            done=lambda files: self._arrived(generation, files),
            failed=self._failed,
        )

    def _arrived(self, generation: int, files: dict[str, ReturnFile]) -> None:
        if generation != self._generation or not is_alive(self):
            return  # another person (or a newer state) is being shown meanwhile, or none
        self.files = files
        self.show_files(files)
        self.on_table_item_selection_changed()
        self.count_changed.emit()
        self.files_shown.emit()

    def _failed(self, failure: Failure) -> None:
        # The dossier itself reports an erased or missing person; here nothing more to say.
        if not is_alive(self):
            return
        self.files = {}
        self.show_files({})

    def show_files(self, files: dict[str, ReturnFile]) -> None:
        raise NotImplementedError

    def in_order(self) -> list[ReturnFile]:
        """The files in the dossier's order of cases (newest first)."""
        cases = self.dossier.cases if self.dossier else []
        return [self.files[f.case.id] for f in cases if f.case.id in getattr(self, "files", {})]
