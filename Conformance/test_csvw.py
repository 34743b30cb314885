"""The csvw package reads csv-metadata.json; every table's row count equals the CSV file's."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure, Skip


def check_csvw(folder: Path) -> str:
    import csvw

    path = folder / "csv-metadata.json"
    if not path.exists():
        raise CheckFailure("csv-metadata.json is missing")
    warnings: list[str] = []

    class Collect:
        def warning(self, message, *args):
            warnings.append(message % args if args else str(message))

        def error(self, message, *args):
            warnings.append(message % args if args else str(message))

        info = debug = lambda self, *args, **kwargs: None

    group = csvw.TableGroup.from_file(str(path))
    encodings = resource_encodings(folder)
    summaries = []
    for table in group.tables:
        name = urllib.parse.unquote(str(table.url))
        rows = list(table.iterdicts(log=Collect()))
        csv_rows = read_csv_rows(folder / name, encodings.get(name, "utf-8"))
        if len(rows) != len(csv_rows):
            raise CheckFailure(f"{name}: csvw read {len(rows)} rows, the CSV has {len(csv_rows)}")
        summaries.append(f"{name} {len(rows)}")
    if not group.tables:
        raise CheckFailure("no tables")
    if warnings:
        raise CheckFailure(f"{len(warnings)} csvw problems: {warnings[:10]}")
    try:
        if not group.check_all_constraints():
            raise CheckFailure("csvw: foreign-key or primary-key constraints violated")
    except AttributeError:
        pass
    return ", ".join(summaries)


def test_csvw(folder: Path) -> None:
    check_csvw(folder)
