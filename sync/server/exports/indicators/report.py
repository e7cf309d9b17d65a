"""The indicator report over every team's records: the same definitions and SQL engine as the
device's report, in one consistent snapshot of the server database."""

from datetime import date

from sqlalchemy import Engine

from app.errors import UserError
from app.reports.definitions import Definitions
from app.reports.model import Report

SCOPE = "all teams"
MAX_THRESHOLD = 1000


def check_period(period_from: date, period_to: date, threshold: int | None) -> None:
    if period_from > period_to:
        raise UserError("--from liegt nach --to / --from is after --to")
    if threshold is not None and not 1 <= threshold <= MAX_THRESHOLD:
        raise UserError(
            f"--threshold: 1 bis {MAX_THRESHOLD} / must be between 1 and {MAX_THRESHOLD}"
        )


def server_report(
    engine: Engine,
    *,
    period_from: date,
    period_to: date,
    threshold: int | None = None,
    definitions: Definitions | None = None,
) -> Report:
    from app.reports.definitions import load_definitions
    from app.reports.engine import build_report
    from sync.server.exports.indicators.source import ServerSource
    from sync.server.storage.db import snapshot

    check_period(period_from, period_to, threshold)
    # Definitions first: a malformed file stops the report before the database is touched.
    loaded = definitions if definitions is not None else load_definitions()
    with snapshot(engine) as conn:
        return build_report(
            conn,
            ServerSource(engine.dialect.name),
            loaded,
            period_from=period_from,
            period_to=period_to,
            scope=SCOPE,
            threshold=threshold,
        )
