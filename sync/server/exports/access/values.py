"""Stored values as words a person reads: labels for codes, local dates, names for record ids."""

import json
import re
from datetime import UTC, date, datetime
from typing import Any

from app.domain.base import Amount
from app.domain.field_labels import code_label, entity_label, is_coded, value_label
from app.domain.registry import ENTITIES, references
from app.domain.returns.codes import Dimension
from app.domain.sustainability import default_questionnaire
from sync.server.exports.access.collect import PersonExport
from sync.server.exports.access.texts import TEXT

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")

# The date that names a record in a heading ("Consultation on 04.03.2026").
DATE_FIELD = {
    "case_status_change": "changed_on",
    "consultation": "held_on",
    "follow_up": "due_on",
    "referral": "referred_on",
    "application": "submitted_on",
    "vulnerability": "assessed_on",
    "consent": "given_on",
    "attachment": "added_on",
    "case": "opened_on",
    "departure": "planned_on",
    "document_check": "issued_on",
    "support_payment": "due_on",
    "information_request": "asked_on",
    "medical_return": "assessed_on",
    "reintegration_plan": "drawn_up_on",
    "reintegration_follow_up": "due_on",
    "sustainability_assessment": "assessed_on",
}


def format_date(value: date | datetime, language: str) -> str:
    if isinstance(value, datetime):
        # Server times are UTC; saying so is clearer than guessing the reader's zone.
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        pattern = "%d.%m.%Y %H:%M UTC" if language == "de" else "%Y-%m-%d %H:%M UTC"
        return value.strftime(pattern)
    return value.strftime("%d.%m.%Y" if language == "de" else "%Y-%m-%d")


def _as_date(value: Any) -> date | datetime | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            if _DATE.match(value):
                return date.fromisoformat(value)
            if _DATETIME.match(value):
                return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def euros(cents: int, language: str) -> str:
    whole, rest = divmod(cents, 100)
    grouped = f"{whole:,}"
    if language == "de":
        return f"{grouped.replace(',', '.')},{rest:02d} €"
    return f"€{grouped}.{rest:02d}"


def partial_date(value: str, language: str) -> str:
    """A birth date known perhaps only to the month or year: "04.1991" or "1991"."""
    parts = value.split("-")
    if len(parts) == 3:
        return format_date(date.fromisoformat(value), language) if _DATE.match(value) else value
    if len(parts) == 2 and language == "de":
        return f"{parts[1]}.{parts[0]}"
    return value


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class Words:
    """Turns the values of one export into text: codes to labels, ids to names or titles."""

    def __init__(self, export: PersonExport, language: str) -> None:
        self.language = language
        self.text = TEXT[language]
        self.titles: dict[str, str] = {}
        person = export.person
        self.titles[person["id"]] = person_name(person)
        for member in export.members:
            self.titles[member["id"]] = person_name(member)
        if export.household:
            self.titles[export.household["id"]] = str(export.household.get("label") or "")
        for entity, rows in export.records.items():
            for row in rows:
                self.titles[row["id"]] = self.title(entity, row)

    def title(self, entity: str, row: dict[str, Any]) -> str:
        """A heading for one record: its kind plus what a person recognises it by."""
        kind = entity_label(entity, self.language)
        if entity == "case" and row.get("reference"):
            return f"{kind} {row['reference']}"
        if entity == "attachment" and row.get("filename"):
            return f"{kind}: {row['filename']}"
        when = _as_date(row.get(DATE_FIELD.get(entity, "")))
        if when is None:
            return kind
        joiner = {"de": "vom", "en": "of"}[self.language]
        return f"{kind} {joiner} {format_date(when, self.language)}"

    def ref(self, record_id: str, target: str = "person") -> str:
        """A related record's title; a record outside this export is not named."""
        found = self.titles.get(record_id)
        if found:
            return found
        if target == "person":
            return self.text["other_person"]
        # E.g. the case of another household whose consultation this person attended.
        return f"{entity_label(target, self.language)} ({self.text['not_included']})"

    def field(self, entity: str, name: str, value: Any) -> str:
        """One field's value as text (lists joined with commas)."""
        if isinstance(value, list):
            return ", ".join(self.field(entity, name, v) for v in value)
        if isinstance(value, bool):
            return self.text["yes"] if value else self.text["no"]
        if entity in ENTITIES and name in references(entity) and isinstance(value, str):
            return self.ref(value, references(entity)[name])
        if name == "owner_id" and isinstance(value, str):
            return self.ref(value)
        if name == "owner_entity" and isinstance(value, str):
            return entity_label(value, self.language)
        if name == "birth_date" and isinstance(value, str):
            return partial_date(value, self.language)
        if isinstance(value, int) and _is_amount(entity, name):
            return euros(value, self.language)
        if isinstance(value, dict):
            return answers(entity, name, value, self.language)
        if isinstance(value, str) and is_coded(entity, name):
            return value_label(entity, name, value, self.language)
        return self.plain(value)

    def plain(self, value: Any) -> str:
        if is_empty(value):
            return "–"
        if isinstance(value, bool):
            return self.text["yes"] if value else self.text["no"]
        when = _as_date(value)
        if when is not None:
            return format_date(when, self.language)
        if isinstance(value, str):
            return value
        if isinstance(value, int | float):
            return f"{value:,}".replace(",", "." if self.language == "de" else ",")
        return json.dumps(value, ensure_ascii=False, default=str)


def _is_amount(entity: str, name: str) -> bool:
    model = ENTITIES.get(entity)
    return model is not None and name in model.model_fields and bool(model.marker(name, Amount))


def answers(entity: str, name: str, value: dict[str, Any], language: str) -> str:
    """A questionnaire's answers as question and answer texts, scores per dimension by name."""
    if name == "scores":
        parts = []
        for key, score in value.items():
            label = code_label(Dimension, key, language) if key in set(Dimension) else key
            parts.append(
                f"{label}: {score:.2f}" if isinstance(score, float) else f"{label}: {score}"
            )
        return "; ".join(parts)
    questionnaire = default_questionnaire()
    parts = []
    for code, answer in value.items():
        question = questionnaire.by_code(code)
        option = question.option(str(answer)) if question else None
        asked = (question.text_de if language == "de" else question.text_en) if question else code
        said = (option.label_de if language == "de" else option.label_en) if option else str(answer)
        parts.append(f"{asked} {said}")
    return "; ".join(parts)


def person_name(person: dict[str, Any]) -> str:
    return " ".join(str(p) for p in (person.get("given_names"), person.get("family_name")) if p)
