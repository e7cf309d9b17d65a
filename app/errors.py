"""Error hierarchy: user errors carry a message fit to show; everything else is a bug."""


class FallakteError(Exception):
    """Base of every error Fallakte raises on purpose."""


class UserError(FallakteError):
    """Something the user or the environment can fix; the message is shown as is.

    Messages never contain personal data or secrets: they name fields, files,
    line numbers and record ids, never values.
    """


class WrongPassword(UserError):
    def __init__(self, what_de: str = "Passwort", what_en: str = "password") -> None:
        super().__init__(f"{what_de} ist falsch / wrong {what_en}: nothing was opened or changed")


class StoreMissing(UserError):
    pass


class StoreExists(UserError):
    pass


class StoreCorrupt(UserError):
    pass


class StoreBusy(UserError):
    pass


class StoreClosed(UserError):
    """The store was locked or closed: its key is gone, nothing reads or writes it any more."""


class DiskFull(UserError):
    pass


class ValidationFailed(UserError):
    """A record does not pass the domain rules; `problems` maps field -> message."""

    def __init__(self, entity: str, problems: dict[str, str]) -> None:
        self.entity = entity
        self.problems = problems
        detail = "; ".join(f"{field}: {msg}" for field, msg in problems.items())
        super().__init__(f"{entity}: {detail}")


class NotFound(UserError):
    def __init__(self, entity: str, record_id: str) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(f"{entity} {record_id} not found")


class Erased(UserError):
    """The record was erased; erasure is final and later edits are refused."""

    def __init__(self, entity: str, record_id: str) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(f"{entity} {record_id} was erased; erasure is final")


class Conflict(UserError):
    """A rule about the state of several records is violated (e.g. a case number clash)."""


class InvalidTransition(UserError):
    pass


class ImportFailed(UserError):
    """Rows of an import file are invalid; `problems` holds (line, message) pairs."""

    def __init__(self, path_name: str, problems: list[tuple[int, str]], *, total: int) -> None:
        self.problems = problems
        head = "\n".join(f"  line {line}: {msg}" for line, msg in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"{path_name}: {len(problems)} of {total} rows invalid, nothing imported "
            f"(use --skip-invalid to import the valid rows)\n{head}{more}"
        )
