"""Domain model: pydantic records, enums, validation and reference data."""
