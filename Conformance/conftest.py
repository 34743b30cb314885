"""pytest configuration: the export directories to check (`--exports DIR`, repeatable) and the
parametrization of every check by document folder (`folder`) or export directory (`root`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import document_folders  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--exports", action="append", default=[], metavar="DIR",
        help="an export directory (budget-etl run --out DIR); repeatable",
    )


def export_roots(config) -> list[Path]:
    return [Path(p) for p in config.getoption("exports")]


def pytest_generate_tests(metafunc):
    roots = export_roots(metafunc.config)
    if "folder" in metafunc.fixturenames:
        folders = [(root, f) for root in roots if root.is_dir() for f in document_folders(root)]
        metafunc.parametrize("folder", [f for _, f in folders],
                             ids=[f"{r.name}/{f.name}" for r, f in folders])
    if "root" in metafunc.fixturenames:
        indexed = [r for r in roots if (r / "catalog.jsonld").exists()]
        metafunc.parametrize("root", indexed, ids=[r.name for r in indexed])
