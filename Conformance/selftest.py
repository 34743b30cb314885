#!/usr/bin/env python3
"""Self-test of check.py: the fixture export passes, and each planted defect is caught.

Usage: selftest.py EXPORTS  (with the conformance venv's python), where EXPORTS is a fresh
`budget-etl run --out EXPORTS` of the bundled sample: it must pass check.py, and every defect
planted into a copy of it must make check.py fail.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC = "jp-soumu-2024-proposal"


def run(root: Path) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, str(HERE / "check.py"), str(root)], capture_output=True, text=True
    )
    return done.returncode, done.stdout + done.stderr


def edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def undefined_term(d):
    d["@graph"][0]["undefinedTerm"] = "x"


def wrong_amount(d):
    node = next(n for n in d["@graph"] if "/obs/" in n.get("@id", "") and "amount" in n)
    node["amount"] = 1


def remote_context(d):
    d["@context"] = ["https://example.org/ctx.jsonld", d["@context"]]


def drop_distribution(d):
    d["dcat:distribution"].pop()


def bogus_xml(folder: Path) -> None:
    path = folder / "budget.xml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("<document-info>", "<bogus/><document-info>", 1)
    path.write_text(text, encoding="utf-8")


def bad_cell(folder: Path) -> None:
    path = folder / "observations.csv"
    text = path.read_text(encoding="utf-8")
    text = text.replace(",18210700000000,", ",abc,", 1)
    path.write_text(text, encoding="utf-8")


CASES = [
    ("undefined term", "jsonld", lambda f: edit_json(f / "budget.jsonld", undefined_term)),
    ("amount differs from CSV", "jsonld", lambda f: edit_json(f / "budget.jsonld", wrong_amount)),
    ("remote context", "jsonld", lambda f: edit_json(f / "budget.jsonld", remote_context)),
    ("missing distribution", "catalog", lambda f: edit_json(f / "catalog.jsonld", drop_distribution)),
    ("invalid XML", "xml", bogus_xml),
    ("bad CSV cell", "datapackage", bad_cell),
    ("stray file", "manifest", lambda f: (f / "stray.txt").write_text("x")),
]


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: selftest.py EXPORTS", file=sys.stderr)
        return 2
    FIXTURE = Path(sys.argv[1])
    failures = 0
    code, output = run(FIXTURE)
    if code != 0 or "conformance: " not in output or " 0 failed" not in output:
        print(f"FAIL the fresh export should pass:\n{output}")
        failures += 1
    else:
        print("PASS the fresh export passes")
    for name, check, plant in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "exports"
            shutil.copytree(FIXTURE, root, ignore=shutil.ignore_patterns(".*"))
            plant(root / DOC)
            code, output = run(root)
            if code == 0 or f"FAIL {DOC} {check}:" not in output:
                print(f"FAIL {name}: check {check} did not fail:\n{output}")
                failures += 1
            else:
                print(f"PASS {name} caught by {check}")
    with tempfile.TemporaryDirectory() as tmp:
        code, output = run(Path(tmp))
        ok = code != 0
        failures += 0 if ok else 1
        print(f"{'PASS' if ok else 'FAIL'} empty directory fails")
    total = len(CASES) + 2
    print(f"selftest: {total - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
