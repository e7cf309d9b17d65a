"""The app for `uvicorn --workers N`: each worker builds it from the environment the CLI set."""

from sync.server.api.app import create_app
from sync.server.ops.settings import ServerSettings

app = create_app(ServerSettings.build())
