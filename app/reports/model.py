"""The computed indicator report: what the engine returns and every renderer reads.

Counts arrive here already protected: a count of 1 to threshold-1 units is `None`
("<5" when shown), so no renderer can leak a small cell by accident. A larger count hidden
only so that a small one cannot be worked out from the total (secondary suppression) is
`None` too, but shown as "x": calling it "<5" would misstate it.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

SUPPRESSED = "<{threshold}"
SECONDARY = "x"


@dataclass(frozen=True)
class Count:
    """One protected count: `value` is None when it fell between 1 and threshold-1, or when it
    was hidden to protect such a count (`secondary`)."""

    value: int | None
    secondary: bool = False

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def display(self, threshold: int) -> int | str:
        if self.value is not None:
            return self.value
        return SECONDARY if self.secondary else SUPPRESSED.format(threshold=threshold)


@dataclass(frozen=True)
class BreakdownRow:
    key: str  # the code ("female", "SYR", "ABI", "18-34"); "" when not recorded
    label_de: str
    label_en: str
    count: Count

    def label(self, language: str) -> str:
        return self.label_de if language == "de" else self.label_en


@dataclass(frozen=True)
class Breakdown:
    dimension: str  # sex, age_group, nationality, vulnerability, site, district, team, programme
    label_de: str
    label_en: str
    rows: list[BreakdownRow]
    # A unit can fall into several rows (several vulnerability categories or programmes),
    # so the rows need not add up to the total.
    multi_valued: bool = False

    def label(self, language: str) -> str:
        return self.label_de if language == "de" else self.label_en


@dataclass(frozen=True)
class IndicatorResult:
    id: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    unit: str  # person | case | consultation
    chart: bool  # a main indicator: charted in XLSX, PDF and the app
    total: Count
    breakdowns: list[Breakdown] = field(default_factory=list)

    def name(self, language: str) -> str:
        return self.name_de if language == "de" else self.name_en

    def description(self, language: str) -> str:
        return self.description_de if language == "de" else self.description_en


@dataclass(frozen=True)
class Report:
    period_from: date
    period_to: date  # inclusive
    generated_at: datetime  # timezone-aware
    scope: str  # "all teams" on the server; the device's team and user in the app
    definitions_version: str
    small_cell_threshold: int
    indicators: list[IndicatorResult]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON: suppressed counts become the string "<5" (or "x"), never a number."""
        t = self.small_cell_threshold

        def count(c: Count) -> int | str:
            return c.display(t)

        return {
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "generated_at": self.generated_at.isoformat(),
            "scope": self.scope,
            "definitions_version": self.definitions_version,
            "small_cell_threshold": t,
            "indicators": [
                {
                    "id": i.id,
                    "name": {"de": i.name_de, "en": i.name_en},
                    "description": {"de": i.description_de, "en": i.description_en},
                    "unit": i.unit,
                    "total": count(i.total),
                    "breakdowns": [
                        {
                            "dimension": b.dimension,
                            "multi_valued": b.multi_valued,
                            "rows": [
                                {
                                    "key": r.key,
                                    "label": {"de": r.label_de, "en": r.label_en},
                                    "count": count(r.count),
                                }
                                for r in b.rows
                            ],
                        }
                        for b in i.breakdowns
                    ],
                }
                for i in self.indicators
            ],
        }
