"""The installer's static files agree with the code and with each other (no bundle is built here).

Building and smoke-testing the bundle takes minutes: `make bundle && make bundle-check`.
"""

import configparser
import re
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

from ui import app as ui_app

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_every_icon_size_is_there_and_as_large_as_its_name():
    assert (ICONS / "fallakte.svg").read_text("utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        assert png_size((ICONS / f"fallakte-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_every_size():
    data = (ICONS / "fallakte.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert png_size(data[offset : offset + length])[0] == (width or 256)
        sizes.append(width or 256)
    assert sorted(sizes) == list(SIZES)


def test_the_app_window_uses_the_icons_the_bundle_ships():
    assert sorted(ui_app.ICONS.glob("fallakte-*.png")) == sorted(ICONS.glob("fallakte-*.png"))


def test_the_desktop_entry_starts_fallakte_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "fallakte.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "fallakte"
    assert desktop["Icon"] == "fallakte"
    assert "Office;" in desktop["Categories"]
    for key in ("Comment[de]", "Comment[en]", "GenericName[de]"):
        assert desktop[key]
    # Qt's X11 window class is the application name set in ui/app.py.
    assert desktop["StartupWMClass"] == "Fallakte"


def iss_sections(text: str) -> dict[str, str]:
    sections: dict[str, list[str]] = {}
    current = sections.setdefault("", [])
    for line in text.splitlines():
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            current = sections.setdefault(header.group(1), [])
        else:
            current.append(line)
    return {name: "\n".join(lines) for name, lines in sections.items()}


def test_the_inno_setup_script_keeps_the_users_data_unless_asked():
    iss = (INSTALLER / "windows" / "fallakte.iss").read_text("utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", iss, re.M)
    assert "AppVersion={#AppVersion}" in iss
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=.*\bdialog\b", iss, re.M)
    # The data dir is platformdirs.user_data_dir("Fallakte", "Fallakte") on Windows.
    assert r"{localappdata}\Fallakte\Fallakte" in iss
    sections = iss_sections(iss)
    for deleting in ("InstallDelete", "UninstallDelete"):
        assert "localappdata" not in sections[deleting]
        assert "{app}\\_internal" in sections[deleting]
    code = sections["Code"]
    assert code.index("MsgBox") < code.index("DelTree")
    assert "MB_DEFBUTTON2" in code  # "No" is the default answer


def test_the_workflow_builds_with_the_pyproject_version():
    workflow = (ROOT / ".github" / "workflows" / "windows-installer.yml").read_text("utf-8")
    assert "runs-on: windows-latest" in workflow
    assert "installer/fallakte.spec" in workflow
    assert "/DAppVersion=" in workflow
    assert "pyproject.toml" in workflow
    yaml = pytest.importorskip("yaml")
    steps = yaml.safe_load(workflow)["jobs"]["build"]["steps"]
    assert any("ISCC.exe" in step.get("run", "") for step in steps)


def test_the_bundle_extra_brings_pyinstaller():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(req.startswith("pyinstaller") for req in project["optional-dependencies"]["bundle"])


def test_the_spec_bundles_the_migrations_next_to_the_code_that_finds_them():
    from app.store import migrate

    spec = (INSTALLER / "fallakte.spec").read_text("utf-8")
    assert migrate.MIGRATIONS == ROOT / "app" / "store" / "migrations"
    assert 'tree("app/store/migrations"' in spec
    assert 'copy_metadata("fallakte")' in spec


def test_install_sh_is_valid_shell():
    result = subprocess.run(
        ["sh", "-n", str(INSTALLER / "linux" / "install.sh")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
