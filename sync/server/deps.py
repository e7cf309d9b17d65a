"""Request-scoped dependencies shared by every route, and the error every route raises."""

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine

from sync.server.settings import ServerSettings


class ApiError(Exception):
    """An error the client is meant to understand: HTTP status, a code for programs, a message."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = headers or {}


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
