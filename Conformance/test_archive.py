"""Issue #22: Exports/budget.sqlite served by the real Datasette (from PyPI) on 127.0.0.1 and
queried through its JSON API, each answer compared with the per-document CSV files; the sqlite3
CLI's integrity and foreign-key checks; and Exports/all/: frictionless and csvw valid, its rows
exactly the union of the documents' rows.

Run by `make archive-test` over the sample's export, the 10-document export and a series export
(one ministry: a request, its draft and the next year's draft)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from support import document_folders, read_csv_rows
from test_csvw import check_csvw
from test_datapackage import check_datapackage

GUARDED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def unguard(value: str) -> str:
    """A CSV text cell as the database holds it (the spreadsheet guard removed)."""
    return value[1:] if value.startswith(GUARDED) else value


def as_int(value: str) -> int | None:
    return int(value) if value != "" else None


class Datasette:
    """`datasette serve` over one export directory's database and metadata, on a free port."""

    def __init__(self, root: Path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        exe = Path(sys.executable).with_name("datasette")
        self.process = subprocess.Popen(
            [str(exe), "serve", "-i", str(root / "budget.sqlite"), "-m", str(root / "metadata.json"),
             "-h", "127.0.0.1", "-p", str(self.port), "--setting", "sql_time_limit_ms", "10000"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/-/versions.json")
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("datasette did not start: " + self.process.stderr.read().decode())
                time.sleep(0.3)

    def get(self, path: str, **params) -> object:
        query = ("?" + urllib.parse.urlencode(params)) if params else ""
        url = f"http://127.0.0.1:{self.port}{path}{query}"
        with urllib.request.urlopen(url, timeout=30) as response:
            return json.loads(response.read())

    def rows(self, table: str, **params) -> list[dict]:
        return self.get(f"/budget/{table}.json", _shape="array", _size="max", **params)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def servers():
    started: dict[Path, Datasette] = {}

    def server(root: Path) -> Datasette:
        # One server per export directory. (`started.setdefault(root, Datasette(root))` started
        # a new server on every call and stopped only the first: each test left one running.)
        if root not in started:
            started[root] = Datasette(root)
        return started[root]

    yield server
    for running in started.values():
        running.stop()


def csv_rows(root: Path, table: str) -> dict[str, list[dict[str, str]]]:
    return {f.name: read_csv_rows(f / f"{table}.csv") for f in document_folders(root)
            if (f / f"{table}.csv").exists()}


def test_datasette_serves_each_documents_total(root: Path, servers) -> None:
    server = servers(root)
    totals = {row["document_id"]: row for row in server.rows("document_totals")}
    summaries = csv_rows(root, "summary")
    assert sorted(totals) == sorted(summaries)
    for document, rows in summaries.items():
        headline = [as_int(r["amount_jpy"]) for r in rows if r["kind"] == "headline"]
        expected = sum(v for v in headline if v is not None) if any(v is not None for v in headline) else None
        assert totals[document]["headline_total_jpy"] == expected, document
        assert totals[document]["items"] == len(read_csv_rows(root / document / "items.csv"))
    metadata = server.get("/-/metadata.json")
    assert metadata["license"] and metadata["databases"]["budget"]["tables"]["items"]["title"]


def test_datasette_serves_an_items_series(root: Path, servers) -> None:
    server = servers(root)
    items = csv_rows(root, "items")
    for document, rows in items.items():
        item = next(r for r in rows if r["level"] == "item" and r["amount_jpy"])
        series = server.rows("item_series", document_id=document, item_id=item["id"])
        same = [s for s in series if s["matched_by"] == "same_item"]
        assert len(same) == 1 and same[0]["amount_jpy"] == int(item["amount_jpy"])
        for s in series:
            other = next(r for r in items[s["series_document_id"]] if r["id"] == s["series_item_id"])
            assert unguard(other["title"]) == unguard(item["title"]) and other["level"] == item["level"]
            assert s["amount_jpy"] == as_int(other["amount_jpy"])
            assert s["matched_by"] != "code_and_title" or other["code"] == item["code"]


def test_datasette_full_text_search_in_japanese(root: Path, servers) -> None:
    server = servers(root)
    for term in ("一般財源", "情報通信"):
        found = server.rows("items", _search=term)
        expected = sorted((d, r["id"]) for d, rows in csv_rows(root, "items").items()
                          for r in rows if term in unguard(r["title"]))
        assert expected, f"the sample should have items with {term}"
        assert sorted((r["document_id"], r["id"]) for r in found) == expected


def test_datasette_request_vs_draft(root: Path, servers) -> None:
    server = servers(root)
    documents = {r["document_id"]: r for r in server.rows("documents")}
    rows = server.rows("request_vs_draft")
    pairs = {(d["ministry_code"], d["fiscal_year"]) for d in documents.values() if d["phase"] == "request"} & {
        (d["ministry_code"], d["fiscal_year"]) for d in documents.values() if d["phase"] == "proposal"}
    if not pairs:
        assert rows == []
        return
    items = csv_rows(root, "items")
    assert rows
    for row in rows:
        request = next(r for r in items[row["request_document_id"]] if r["id"] == row["request_item_id"])
        draft = next(r for r in items[row["draft_document_id"]] if r["id"] == row["draft_item_id"])
        assert row["request_jpy"] == as_int(request["amount_jpy"])
        assert row["draft_jpy"] == as_int(draft["amount_jpy"])
        if row["request_jpy"] is not None and row["draft_jpy"] is not None:
            assert row["change_jpy"] == row["draft_jpy"] - row["request_jpy"]


def test_sqlite3_integrity_and_foreign_keys(root: Path) -> None:
    database = str(root / "budget.sqlite")
    for pragma, expected in (("PRAGMA integrity_check;", "ok\n"), ("PRAGMA foreign_key_check;", "")):
        result = subprocess.run(["sqlite3", database, pragma], capture_output=True, text=True, check=True)
        assert result.stdout == expected, pragma


def test_combined_tables_are_valid(root: Path) -> None:
    check_datapackage(root / "all")
    check_csvw(root / "all")


def test_combined_rows_are_the_union_of_the_documents_rows(root: Path) -> None:
    for path in sorted((root / "all").glob("*.csv")):
        if path.name == "documents.csv":
            continue
        combined = read_csv_rows(path)
        expected = []
        for document, rows in csv_rows(root, path.stem).items():
            for row in rows:
                expected.append({name: row.get(name, "") for name in combined[0] if name != "document_id"}
                                | {"document_id": document})
        assert combined == expected, path.name
        assert set(combined[0]) >= {k for rows in csv_rows(root, path.stem).values() for k in rows[0]}
