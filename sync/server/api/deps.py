"""Request-scoped dependencies shared by every route, and the error every route raises."""

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from sync.server.ops.settings import ServerSettings


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


# Async although they do nothing asynchronous: FastAPI runs a plain function dependency in a
# worker thread, and a request must not wait for a free thread just to read app state.
async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


async def get_health_engine(request: Request) -> Engine:
    """A connection pool of its own for /health, so a busy pool does not look like an outage."""
    engine: Engine = getattr(request.app.state, "health_engine", None) or request.app.state.engine
    return engine


async def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


EngineDep = Annotated[Engine, Depends(get_engine)]
HealthEngineDep = Annotated[Engine, Depends(get_health_engine)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
