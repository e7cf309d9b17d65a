"""The sustainability questionnaire as data: resources/reintegration/sustainability.toml.

Questions belong to one of the three dimensions (economic, social, psychosocial); each answer
option carries a score from 0 to 1. A dimension's score is the mean over its answered
questions; a return is sustainable when every dimension reaches `threshold`. The network
changes questions or the threshold without a release; errors name the file and the line.
"""

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.domain.returns.codes import Dimension
from app.domain.toml_lines import Problems, TomlLayout, error_message, parse_toml
from app.errors import UserError

ENV_RESOURCES = "FALLAKTE_RESOURCES"
FILE_NAME = "sustainability.toml"
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,59}$")]


class QuestionnaireError(UserError):
    """The questionnaire file is missing or malformed; the message names the line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Strict):
    code: Code
    score: Annotated[float, Field(ge=0.0, le=1.0)]
    label_de: Text
    label_en: Text


class Question(_Strict):
    code: Code
    dimension: Dimension
    text_de: Text
    text_en: Text
    options: list[Option] = Field(min_length=2, max_length=10)

    @model_validator(mode="after")
    def _unique(self) -> "Question":
        codes = [o.code for o in self.options]
        if len(set(codes)) != len(codes):
            raise ValueError("an option code is listed twice")
        return self

    def option(self, code: str) -> Option | None:
        return next((o for o in self.options if o.code == code), None)


class Questionnaire(_Strict):
    version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    threshold: Annotated[float, Field(gt=0.0, le=1.0)] = 0.5
    question: list[Question] = Field(min_length=3)

    @model_validator(mode="after")
    def _complete(self) -> "Questionnaire":
        codes = [q.code for q in self.question]
        if len(set(codes)) != len(codes):
            raise ValueError("a question code is used twice")
        missing = set(Dimension) - {q.dimension for q in self.question}
        if missing:
            raise ValueError(f"no question for the dimension(s) {', '.join(sorted(missing))}")
        return self

    def by_code(self, code: str) -> Question | None:
        return next((q for q in self.question if q.code == code), None)


def default_path() -> Path:
    override = os.environ.get(ENV_RESOURCES)
    if override and (Path(override) / "reintegration" / FILE_NAME).is_file():
        return Path(override) / "reintegration" / FILE_NAME
    return Path(__file__).resolve().parents[2] / "resources" / "reintegration" / FILE_NAME


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    chosen = default_path() if path is None else Path(path)
    problems = Problems(QuestionnaireError)
    try:
        text = chosen.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise QuestionnaireError(f"{chosen.name}: file not found or not UTF-8 text") from None
    raw = parse_toml(text, file=chosen.name, problems=problems)
    problems.raise_if_any()
    from pydantic import ValidationError

    try:
        return Questionnaire.model_validate(raw)
    except ValidationError as exc:
        layout = TomlLayout(text)
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            line = layout.line(loc[:2] if error["type"] == "missing" else loc)
            problems.add(chosen.name, line, error_message(error))
        problems.raise_if_any()
        raise AssertionError("unreachable") from None


@lru_cache(maxsize=1)
def default_questionnaire() -> Questionnaire:
    return load_questionnaire()
