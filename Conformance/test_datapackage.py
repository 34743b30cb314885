"""frictionless validates datapackage.json: schemas, types, keys and every row."""

from __future__ import annotations

import os
from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure, Skip


def check_datapackage(folder: Path) -> str:
    from frictionless import Package

    path = folder / "datapackage.json"
    if not path.exists():
        raise CheckFailure("datapackage.json is missing")
    previous = os.getcwd()
    os.chdir(folder)  # frictionless resolves resource paths against the working directory safely
    try:
        package = Package("datapackage.json")
        report = package.validate()
    finally:
        os.chdir(previous)
    if not report.valid:
        problems = []
        for error in report.errors:
            problems.append(f"package: {error.type}: {error.message}")
        for task in report.tasks:
            for error in task.errors:
                row = getattr(error, "row_number", None)
                problems.append(f"{task.name}{f' row {row}' if row else ''}: {error.type}: {error.message}")
        shown = "\n    ".join(problems[:20])
        more = f"\n    ... {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CheckFailure(f"{len(problems)} errors:\n    {shown}{more}")
    rows = sum(task.stats.get("rows", 0) or 0 for task in report.tasks)
    return f"{len(report.tasks)} resources, {rows} rows valid"


def test_datapackage(folder: Path) -> None:
    check_datapackage(folder)
