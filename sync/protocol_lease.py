"""Wire models of the offline lease (docs/sync-protocol.md, "Offline lease").

`GET /sync/lease` answers an authenticated, not revoked device with its team's lease; a device
asks at the end of every sync round. A revoked device gets the revoked answer (401), never a
lease. `POST /admin/teams/{team}/lease` sets it (role admin).
"""

from datetime import datetime
from typing import Annotated

from pydantic import Field

from sync.protocol import Wire

MIN_LEASE_DAYS, MAX_LEASE_DAYS = 1, 365
DEFAULT_LEASE_DAYS = 30
LeaseDays = Annotated[int, Field(ge=MIN_LEASE_DAYS, le=MAX_LEASE_DAYS)]


class LeaseGrant(Wire):
    """The renewal a device receives: the team's lease length, counted from now."""

    team: str
    lease_days: LeaseDays
    server_time: datetime


class LeaseRequest(Wire):
    lease_days: LeaseDays


class TeamLease(Wire):
    """A team's lease as the admin API answers after a change."""

    team: str
    lease_days: LeaseDays
