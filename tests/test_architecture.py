"""The layering in docs/ARCHITECTURE.md, checked on every run so it cannot erode silently."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_modules_have_a_one_line_docstring():
    missing = []
    for path in [*ROOT.glob("app/**/*.py"), *ROOT.glob("sync/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        if "migrations/versions" in str(path):
            continue
        tree = ast.parse(path.read_text("utf-8"))
        if not ast.get_docstring(tree):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_the_server_is_one_package_per_concern_and_each_is_in_the_architecture() -> None:
    server = ROOT / "sync" / "server"
    loose = sorted(p.name for p in server.glob("*.py") if p.name != "__init__.py")
    assert loose == [], "a server module belongs in its concern's package: " + ", ".join(loose)
    architecture = (ROOT / "docs" / "ARCHITECTURE.md").read_text("utf-8")
    packages = sorted(p.name for p in server.iterdir() if (p / "__init__.py").exists())
    assert packages, "no server packages found"
    undocumented = [name for name in packages if f"    {name}/" not in architecture]
    assert undocumented == []
