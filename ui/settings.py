"""Desktop settings: one validated object per process, kept as JSON beside Qt's config; never secrets."""

import json
import logging
import os
from pathlib import Path
from typing import Literal

from platformdirs import user_config_dir, user_data_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger(__name__)

Language = Literal["de", "en"]


class WindowPlace(BaseModel):
    """The main window on one screen: its size before maximising, and whether it was maximised."""

    model_config = ConfigDict(extra="ignore")

    x: int
    y: int
    width: int = Field(ge=100, le=20_000)
    height: int = Field(ge=100, le=20_000)
    maximized: bool = False


class DesktopSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    language: Language = "de"
    idle_lock_minutes: int = Field(default=10, ge=1, le=240)
    sync_interval_seconds: int = Field(default=300, ge=30, le=86_400)
    last_data_dir: str | None = None
    # Keyed by screen (name and logical size, see ui/window_place.py); the last one used.
    window_places: dict[str, WindowPlace] = Field(default_factory=dict, max_length=16)
    window_screen: str | None = None


def config_path() -> Path:
    chosen = os.environ.get("FALLAKTE_CONFIG_DIR") or user_config_dir("Fallakte", "Fallakte")
    return Path(chosen) / "desktop.json"


def default_data_dir() -> Path:
    return Path(
        os.environ.get("FALLAKTE_HOME") or user_data_dir("Fallakte", "Fallakte")
    ).expanduser()


def load(path: Path | None = None) -> DesktopSettings:
    path = path or config_path()
    try:
        return DesktopSettings.model_validate(json.loads(path.read_text("utf-8")))
    except FileNotFoundError:
        return DesktopSettings()
    except (OSError, ValueError, ValidationError):
        # A broken settings file must not keep anyone from their data: defaults, and say so.
        log.warning("settings file %s unreadable; using defaults", path)
        return DesktopSettings()


def save(settings: DesktopSettings, path: Path | None = None) -> None:
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(settings.model_dump_json(indent=2), "utf-8")
    tmp.replace(path)
