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
