#!/usr/bin/env python3
"""Sets RealWorldKey.knownGaps from a `make realworld` table: every export-keyed fixture with
key figures missing gets its count, TOTAL their exact sum. Run it after a change that closes
gaps (or after adding fixtures), then review the diff: a count may only go down for a fixture
that was there before.

usage: Scripts/set-known-gaps.py [.build/realworld.tsv]
"""
import csv
import re
import sys

table = sys.argv[1] if len(sys.argv) > 1 else ".build/realworld.tsv"
path = "Tests/BudgetETLTests/RealWorldKey.swift"
gaps = {}
with open(table, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        if row["expect"] == "export" and int(row["missing"]) > 0:
            gaps[row["name"]] = int(row["missing"])
        if int(row["wrong"]) > 0 or row["identity"].startswith("WRONG"):
            sys.exit(f"{row['name']}: wrong figures or identity; fix them first")
source = open(path, encoding="utf-8").read()
body = f'    "TOTAL": {sum(gaps.values())},\n' + "".join(
    f'    "{name}": {count},\n' for name, count in sorted(gaps.items()))
new, n = re.subn(
    r"(static let knownGaps: \[String: Int\] = \[\n)(.*?)(  \])",
    lambda m: m.group(1) + body + m.group(3), source, count=1, flags=re.S)
if n != 1:
    sys.exit("knownGaps not found")
open(path, "w", encoding="utf-8").write(new)
print(f"{len(gaps)} fixtures with gaps, TOTAL {sum(gaps.values())}")
