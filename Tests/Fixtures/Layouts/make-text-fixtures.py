#!/usr/bin/env python3
"""Derives text fixtures from the bundled sample, one per quirk a converter or an editor
brings (issue: read the document as people actually have it). Deterministic; run from the
repository root: python3 Tests/Fixtures/Layouts/make-text-fixtures.py
  sample-page-furniture.txt  form feeds every 45 lines, `- N -` page numbers, a running head
  sample-space-aligned.txt   table cells aligned with runs of spaces instead of tabs
  sample-fullwidth.txt       full-width outline markers: `Ⅰ`, `１２．`, `（１）`, `（ａ）`
  sample-circle-bullets.txt  `○` bullets instead of `・`
  sample-wrapped.txt         every line longer than 36 characters hard-wrapped (narrow column;
                             never inside a number or a Latin word, as Japanese line breaking;
                             bold markup dropped as a PDF shows it)
  sample-no-overview.txt     the overview list (「主要事項」, lines 41-194) left out: details only
  sample-hygiene.txt         control characters (U+000B, U+0008, U+001B, U+000C) inside
                             titles, Kangxi radicals, kanji numerals (`第二`, `十一.`)
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
LINES = open(os.path.join(ROOT, "Inputs", "soumu-r6-yosan-an-gaiyo.txt"), encoding="utf-8").read().split("\n")
FW = str.maketrans("0123456789abcdefghijklmnopqrstuvwxyz", "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")
ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ"}


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))


def page_furniture():
    out, page = [], 1
    for i, line in enumerate(LINES):
        if i > 0 and i % 45 == 0:
            out += ["", "- %d -" % page, "\f令和6年度総務省所管予算（案）の概要", ""]
            page += 1
        out.append(line)
    return out


def fullwidth(line):
    line = re.sub(r"^(I{1,3}|IV|V) ", lambda m: ROMAN[m.group(1)] + "　", line)
    line = re.sub(r"^(\*\*)?(\d+) ?\. ", lambda m: (m.group(1) or "") + m.group(2).translate(FW) + "．", line)
    line = re.sub(r"(^|\*\*|\| )\((\d+|[a-z])\)", lambda m: m.group(1) + "（" + m.group(2).translate(FW) + "）", line)
    return line


def hygiene(i, line):
    line = line.replace("第2 ", "第二 ").replace("11. 郵便局", "十一. 郵便局")
    if line.startswith("(1) ") or line.startswith("【主な経費】"):
        line = line[:6] + ["\x0b", "\x08", "\x1b", "\x0c"][i % 4] + line[6:]
    return line.replace("大", "\u2f24") if i % 7 == 0 else line


write("sample-page-furniture.txt", page_furniture())
write("sample-space-aligned.txt", [l.replace("\t", "    ") for l in LINES])
write("sample-fullwidth.txt", [fullwidth(l) for l in LINES])
write("sample-circle-bullets.txt", [re.sub(r"^(- )?・ ?", "○ ", l) for l in LINES])
def wrap(line, width=36):
    out = []
    while len(line) > width:
        cut = width
        while cut > 0 and re.match(r"[0-9A-Za-z.,]", line[cut]) and re.match(r"[0-9A-Za-z.,]", line[cut - 1]):
            cut -= 1
        out.append(line[:cut])
        line = line[cut:]
    return out + [line]


def unbold(line):
    """Bold markup as a PDF shows it: none, and two headings glued by it on two lines."""
    return [p.replace("**", "") for p in re.split(r"\*\*(?=\*\*|\s*(?:\([0-9a-z]\)|\d+\s*\.\D))", line)]


write("sample-wrapped.txt", [w for l in LINES for p in unbold(l) for w in (wrap(p) if "\t" not in p else [p])])
start = LINES.index("令和6年度予算(案)における主要事項")
end = [i for i, l in enumerate(LINES) if l.startswith("I 活力ある")][1]
write("sample-no-overview.txt", LINES[:start] + LINES[end:])
write("sample-hygiene.txt", [hygiene(i, l) for i, l in enumerate(LINES)])
