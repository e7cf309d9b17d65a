"""Wire models of the team directory (`GET /teams/{team}/directory`): who is in my team.

Every enrolled device of a team may read it, so it holds only what colleagues need to name
each other: display name, role, and each user's device names (so a device id in a conflict
reads "Anna Schmidt, Laptop Trier"). A work contact is included only where the server is
configured to share it. The limits guard the device against a broken or hostile server too.
"""

from typing import Annotated

from pydantic import Field, StringConstraints

from sync.protocol import DeviceId, Wire
from sync.protocol_users import Role

MAX_DISPLAY_NAME = 100
MAX_CONTACT = 200
MAX_DEVICE_NAME = 200
# A team of a return counselling network is a few dozen people; far more is a broken server.
MAX_USERS = 5000
MAX_DEVICES_PER_USER = 200

UserName = Annotated[str, StringConstraints(min_length=1, max_length=100)]
DisplayName = Annotated[str, StringConstraints(min_length=1, max_length=MAX_DISPLAY_NAME)]


class DirectoryDevice(Wire):
    id: DeviceId
    name: Annotated[str, StringConstraints(max_length=MAX_DEVICE_NAME)] = ""


class DirectoryUser(Wire):
    username: UserName  # what records hold (assignee, counsellor)
    display_name: DisplayName  # what screens show; the user name unless one was set
    role: Role
    # False for a disabled user: still named on old records, no longer offered as a choice.
    active: bool = True
    contact: Annotated[str, StringConstraints(max_length=MAX_CONTACT)] | None = None
    devices: list[DirectoryDevice] = Field(default_factory=list, max_length=MAX_DEVICES_PER_USER)


class TeamDirectory(Wire):
    team: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    team_name: Annotated[str, StringConstraints(max_length=200)] = ""
    users: list[DirectoryUser] = Field(default_factory=list, max_length=MAX_USERS)
