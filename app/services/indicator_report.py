"""The indicator report over what this device holds, and its export with an audit entry.

The same definitions and SQL engine as the server's report run on the device's own tables,
so a lead sees their team's figures offline; the figures cover only what was synchronised.
"""

from datetime import date
from pathlib import Path

from app.domain.enums import AuditAction
from app.errors import UserError
from app.reports.model import Report
from app.reports.write import write_report
from app.store.store import Store


def device_report(
    store: Store, *, period_from: date, period_to: date, threshold: int | None = None
) -> Report:
    from app.reports.definitions import load_definitions
    from app.reports.device_source import DeviceSource
    from app.reports.engine import build_report

    if period_from > period_to:
        raise UserError("Zeitraum: Beginn nach Ende / the period starts after it ends")
    settings = store.settings
    scope = " · ".join(x for x in (settings.get("team", ""), store.device.actor) if x)
    with store.read() as conn:
        return build_report(
            conn,
            DeviceSource(default_team=settings.get("team") or None),
            load_definitions(),
            period_from=period_from,
            period_to=period_to,
            scope=scope,
            threshold=threshold,
        )


def export_report(store: Store, report: Report, path: Path, *, fmt: str, language: str) -> None:
    """Writes the report and notes the export in the device's audit log (no figures, no path)."""
    write_report(report, path, fmt=fmt, language=language)
    with store.write() as writer:
        writer.audit(
            AuditAction.exported,
            "report",
            None,
            f"indicators {fmt}: {report.period_from.isoformat()}..{report.period_to.isoformat()}",
        )
