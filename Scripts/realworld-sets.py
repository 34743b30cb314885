#!/usr/bin/env python3
"""Per set of real-world fixtures (SOURCES-a … SOURCES-q), the key figures right, wrong, the texts
complete and at >= 90 %, from a `make realworld` table. Blind sets are judged by these rows.

usage: Scripts/realworld-sets.py [.build/realworld.tsv]
"""
import csv
import glob
import os
import re
import sys

root = "Tests/Fixtures/RealWorld"
names = {os.path.basename(p)[:-8] for p in glob.glob(f"{root}/*.key.tsv")}
# A fixture belongs to the set whose SOURCES file gives it a heading (`### name …`) or a table
# row (`| name.txt | …`), or lists it as a spare (`` `spare/name…` ``); a later set may name an earlier set's fixture in passing.
owner = {}
entry = re.compile(r"^(?:(?:#+ +|\| *)`?|`spare/)([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?:\.txt)?`?", re.M)
for path in sorted(glob.glob(f"{root}/SOURCES-*.md")):
    letter = os.path.basename(path)[8:-3].upper()
    for name in entry.findall(open(path, encoding="utf-8").read()):
        if name in names:
            owner.setdefault(name, letter)
table = sys.argv[1] if len(sys.argv) > 1 else ".build/realworld.tsv"
sets = {}
with open(table, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        if row["expect"] != "export":
            continue
        facts, right, wrong = int(row["facts"]), int(row["right"]), int(row["wrong"])
        s = sets.setdefault(owner.get(row["name"], "?"), [0, 0, 0, 0, 0, 0, 0])
        s[0] += right
        s[1] += facts
        s[2] += wrong
        s[3] += int(row["missing"]) == 0
        s[4] += facts > 0 and right * 10 >= facts * 9
        s[5] += 1
        s[6] += row["identity"] == "refused"
for letter in sorted(sets):
    right, facts, wrong, complete, ninety, texts, refused = sets[letter]
    print(f"set {letter}: {right}/{facts}, {wrong} wrong; {complete} complete, {ninety} at >= 90 % "
          f"of {texts} texts; {refused} refused whole")
