"""Request-scoped dependencies shared by every route, and the error every route raises."""

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from sync.server.settings import ServerSettings


class ApiError(HTTPException):
    """An error the client is meant to understand: HTTP status, a code for programs, a message.

    An HTTPException so that FastAPI passes it through untouched, even from body parsing.
    """

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status_code, detail=message, headers=headers)
        self.code = code
        self.message = message


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
