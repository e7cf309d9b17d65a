"""The return process's codes and fields have German and English words for the access export."""

from enum import StrEnum

import pytest

from app.domain.field_labels import ENUM_LABELS, code_label, reference_kind, value_label
from app.domain.returns import codes

RETURN_ENUMS = [
    value
    for value in vars(codes).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


@pytest.mark.parametrize("enum", RETURN_ENUMS, ids=lambda e: e.__name__)
def test_every_return_code_has_both_labels(enum):
    labels = ENUM_LABELS[enum]
    assert set(labels) == {member.value for member in enum}
    for member in enum:
        de, en = labels[member.value]
        assert de.strip() and en.strip()
        assert code_label(enum, member.value, "en") == en


def test_document_types_are_named_from_the_programme_data():
    assert reference_kind("document_check", "document_type") == "document_type"
    assert value_label("document_check", "document_type", "airline_medical_form", "de") == (
        "Medizinisches Formular der Fluggesellschaft (MEDIF)"
    )
    assert value_label("document_check", "document_type", "gone_type", "en") == "gone_type"
    assert value_label("case", "outreach_channel", "word_of_mouth", "de") == "Mundpropaganda"
