"""Every field and code an access export shows has a German and an English label."""

from enum import StrEnum

import pytest

from app.domain import enums
from app.domain.audit import AuditEvent
from app.domain.field_labels import (
    ENTITY_LABELS,
    ENUM_LABELS,
    FIELD_LABELS,
    code_label,
    entity_label,
    enum_of,
    field_label,
    reference_kind,
    value_label,
)
from app.domain.registry import ENTITIES

ALL_ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


def fields_of_every_model() -> list[tuple[str, str]]:
    pairs = [(entity, name) for entity, model in ENTITIES.items() for name in model.field_names()]
    return pairs + [("audit_event", name) for name in AuditEvent.model_fields if name != "id"]


@pytest.mark.parametrize(("entity", "name"), fields_of_every_model())
def test_every_field_of_every_entity_has_both_labels(entity, name):
    de, en = FIELD_LABELS[entity][name]
    assert de.strip() and en.strip()
    assert field_label(entity, name, "de") == de
    assert field_label(entity, name, "en") == en


def test_no_label_for_a_field_that_does_not_exist():
    # A renamed field must not leave its old label behind, unnoticed.
    models = {**ENTITIES, "audit_event": AuditEvent}
    for entity, labels in FIELD_LABELS.items():
        known = set(models[entity].model_fields) | {"received_at"}
        assert set(labels) <= known, entity


def test_every_entity_has_both_names():
    for entity in [*ENTITIES, "audit_event"]:
        de, en = ENTITY_LABELS[entity]
        assert de and en
        assert entity_label(entity, "de") == de and entity_label(entity, "en") == en


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_code_of_every_code_list_has_both_labels(enum):
    assert ALL_ENUMS, "the code lists were found"
    labels = ENUM_LABELS[enum]
    assert set(labels) == {member.value for member in enum}
    for member in enum:
        de, en = labels[member.value]
        assert de.strip() and en.strip()
        assert code_label(enum, member.value, "de") == de


def test_every_coded_field_is_recognised():
    # Each enum used by a model is found through its annotation, including `list[...]`.
    assert enum_of("person", "residence_status") is enums.ResidenceStatus
    assert enum_of("consultation", "topics") is enums.Topic
    assert enum_of("vulnerability", "categories") is enums.VulnerabilityCategory
    assert enum_of("case_status_change", "from_status") is enums.CaseStatus
    assert enum_of("audit_event", "action") is enums.AuditAction
    assert enum_of("person", "family_name") is None
    assert reference_kind("person", "nationality") == "country"
    assert reference_kind("person", "languages") == "language"
    assert reference_kind("case", "site") == "site"
    assert reference_kind("application", "programme") == "programme"
    assert reference_kind("person", "phone") is None


def test_codes_become_words_a_data_subject_reads():
    assert value_label("person", "residence_status", "tolerated", "de") == "Duldung"
    assert value_label("person", "nationality", "SYR", "de") == "Syrien"
    assert value_label("person", "nationality", "SYR", "en") == "Syria"
    assert value_label("person", "languages", "ara", "de") == "Arabisch"
    assert value_label("case", "site", "ATR", "de") == "AfA Trier"
    assert value_label("vulnerability", "categories", "lgbtiq", "de") == "LSBTIQ*"
    assert field_label("person", "residence_status", "de") == "Aufenthaltsstatus"
    assert field_label("person", "nationality", "de") == "Staatsangehörigkeit"


def test_unknown_names_and_codes_show_as_themselves():
    # A record written by a newer release must still be readable, never dropped.
    assert field_label("person", "shoe_size", "de") == "shoe_size"
    assert entity_label("pet", "en") == "pet"
    assert value_label("person", "residence_status", "exiled", "de") == "exiled"
    assert value_label("person", "nationality", "QQQ", "de") == "QQQ"
    assert value_label("person", "family_name", "Karimi", "de") == "Karimi"
    assert field_label("case", "id", "de") == "Kennung"


def test_an_unsupported_language_is_refused():
    with pytest.raises(ValueError, match="unsupported language"):
        field_label("person", "phone", "fr")
