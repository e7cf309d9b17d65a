"""What the editors of a plan's parts share: the plan a new measure or contact belongs to."""

from typing import Any, Self

from ui.context import Context
from ui.widgets.record_editor import RecordEditor


class PlanPartEditor(RecordEditor):
    """A record under a reintegration plan; the plan travels in the values, so a draft keeps it."""

    plan_id: str | None = None

    @classmethod
    def for_plan(cls, ctx: Context, case_id: str, plan_id: str | None) -> Self:
        editor = cls(ctx)
        editor.plan_id = plan_id
        editor.load_record(case_id=case_id)
        return editor

    def part_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_part_values(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        return {"plan_id": self.plan_id, **self.part_values()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.plan_id = values.get("plan_id", self.plan_id)
        self.set_part_values(values)
