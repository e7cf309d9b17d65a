"""The check at intake: the session's index of persons, so a form asks it while typing.

The index (app/services/duplicates.DuplicateIndex) is built by one read on a worker thread
and then only read on the GUI thread: a check is a few dictionary look-ups and a dozen string
comparisons (about a millisecond at 20,000 persons), cheaper than handing it to a thread and
back. A change to persons (a save here, a sync) marks it stale; the next check starts a
rebuild and is answered from the old index meanwhile, so typing never waits for a read.
"""

import logging
import weakref

from app.services.duplicates import Candidate, DuplicateIndex, Match
from ui.qt import QObject, Signal
from ui.session import Changed, Session
from ui.tasks import Failure

log = logging.getLogger(__name__)


class DuplicateCheck(QObject):
    ready = Signal()  # the index arrived (first build or rebuild)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.index: DuplicateIndex | None = None
        self._stale = True
        self._building = False
        session.changed.connect(self._on_changed)

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches("person"):
            self._stale = True

    def ensure(self) -> None:
        """Start a (re)build unless one runs or the index is current."""
        if self._stale and not self._building and not self.session.closed:
            self._stale, self._building = False, True
            self.session.query(DuplicateIndex.build, done=self._built, failed=self._failed)

    def _built(self, index: DuplicateIndex) -> None:
        self.index, self._building = index, False
        self.ready.emit()

    def _failed(self, failure: Failure) -> None:
        # No check is no reason to stop anyone typing or saving: a form waiting for the first
        # index gets an empty one (nothing matches), and the next check tries again.
        log.error("duplicate index not built: %s", type(failure.exception).__name__)
        self._building, self._stale = False, True
        if self.index is None:
            self.index = DuplicateIndex()
        self.ready.emit()

    def matches(self, typed: Candidate) -> list[tuple[Match, Candidate]] | None:
        """Likely matches with what the index knows of each; None until the first build."""
        self.ensure()
        if self.index is None:
            return None
        return [(m, self.index.people[m.person_id]) for m in self.index.matches(typed)]


_checks: "weakref.WeakKeyDictionary[Session, DuplicateCheck]" = weakref.WeakKeyDictionary()


def check_for(session: Session) -> DuplicateCheck:
    """The one check of this session (every new-person form shares its index)."""
    found = _checks.get(session)
    if found is None:
        found = _checks[session] = DuplicateCheck(session)
    return found
