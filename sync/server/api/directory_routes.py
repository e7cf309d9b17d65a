"""GET /teams/{team}/directory: the colleagues of the caller's own team (any role may read it).

Another team's directory answers exactly like a team that does not exist (404), so a device
cannot learn which teams there are. A revoked device is refused before it gets here (auth.py).
"""

from typing import Annotated

from fastapi import APIRouter, Path, Response

from sync.protocol_directory import TeamDirectory
from sync.server.accounts.auth import CurrentDevice
from sync.server.accounts.directory import team_directory
from sync.server.api.deps import ApiError, EngineDep, SettingsDep
from sync.server.api.routes import errors

router = APIRouter(tags=["directory"])
TeamPath = Annotated[str, Path(min_length=1, max_length=60, description="the caller's team id")]


def _not_found() -> ApiError:
    return ApiError(404, "not_found", "kein solches Team / there is no such team")


@router.get(
    "/teams/{team_id}/directory",
    response_model=TeamDirectory,
    responses=errors(401, 404, 426),
)
def get_directory(
    team_id: TeamPath,
    caller: CurrentDevice,
    engine: EngineDep,
    settings: SettingsDep,
    response: Response,
) -> TeamDirectory:
    """Display names, roles and device names of the team's users; contacts only if shared."""
    if team_id != caller.team_id:
        raise _not_found()
    found = team_directory(engine, team_id=team_id, share_contacts=settings.directory_contacts)
    if found is None:
        raise _not_found()
    # Names of staff: no proxy or browser cache keeps a copy.
    response.headers["Cache-Control"] = "no-store"
    return found
