"""Issue #24: budget-etl validates with libxml2 and a schema derived from budget-1.3.xsd without
its keys, keyrefs and uniques, and checks those in process. Here each kind of identity
violation is planted in an exported budget.xml, and the published XSD (the copy in the export
folder) must reject it through two validators that share nothing with that in-process check —
xmlschema (pure Python) and xmllint (libxml2's own identity-constraint machinery) — while
`budget-etl validate` must reject it too, xmllint and budget-etl at the planted line."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from support import document_folders

REPO = Path(__file__).resolve().parents[1]
BIN = Path(os.environ.get("BUDGET_ETL_BIN", REPO / ".build" / "debug" / "budget-etl"))
# xmlschema names the key a keyref failed to find ("value ('zz-9',) not found for XsdKey(name=
# 'b:itemKey')"), libxml2 the keyref.
REFERS = {"itemParentRef": "itemKey", "expenseItemRef": "itemKey"}


def ids(text: str, element: str, attribute: str = "id") -> list[tuple[int, str]]:
    """(offset of the value, value) of each `<element ... attribute="value"` in text."""
    pattern = re.compile(r'<%s [^>]*?\b%s="([^"]*)"' % (re.escape(element), attribute))
    return [(m.start(1), m.group(1)) for m in pattern.finditer(text)]


def plants(text: str) -> list[tuple[str, int, str, str]]:
    """(kind, offset, old value, new value) for each kind of violation in this document."""
    items, expenses = ids(text, "item"), ids(text, "expense")
    entries, filp = ids(text, "entry"), ids(text, "filp-entry")
    parents = ids(text, "item", "parent")
    chapter_children = [p for p in parents if re.fullmatch(r"c\d+", p[1])]
    expense_items = ids(text, "expense", "item")
    # Each kind where this document has what it needs: a document of tables only (the real
    # documents of Tests/Fixtures/RealWorld) has summary entries and no items or expenses.
    found = []
    if len(items) > 1:
        found.append(("itemKey", items[1][0], items[1][1], items[0][1]))
    if len(expenses) > 1:
        found.append(("expenseKey", expenses[1][0], expenses[1][1], expenses[0][1]))
    if entries and items:
        found.append(("subjectUnique", entries[0][0], entries[0][1], items[0][1]))
    if parents:
        found.append(("itemParentRef", parents[-1][0], parents[-1][1], "zz-9"))
    if chapter_children:
        found.append(("itemParentRef", chapter_children[0][0], chapter_children[0][1], "c99"))
    if parents and expenses:
        found.append(("itemParentRef", parents[0][0], parents[0][1], expenses[0][1]))
    if expense_items:
        found.append(("expenseItemRef", expense_items[0][0], expense_items[0][1], "c99-1"))
    if len(entries) > 1:
        found.append(("summaryKey", entries[1][0], entries[1][1], entries[0][1]))
    if len(filp) > 1:
        found.append(("filpKey", filp[1][0], filp[1][1], filp[0][1]))
    return found


def test_identity_violations_rejected_by_every_validator(folder: Path, tmp_path: Path) -> None:
    import xmlschema

    if not BIN.exists():
        pytest.skip("no %s (make build)" % BIN)
    if document_folders(folder.parent)[0] != folder:
        pytest.skip("planted in the first document of each export only (xmlschema is slow)")
    text = (folder / "budget.xml").read_text(encoding="utf-8")
    xsd = folder / "budget-1.3.xsd"
    schema = xmlschema.XMLSchema(str(xsd))
    planted_kinds = plants(text)
    if not planted_kinds:
        pytest.skip("one record only: no identity of the schema to violate in %s" % folder.name)
    for kind, offset, old, new in planted_kinds:
        planted = text[:offset] + new + text[offset + len(old):]
        line = text.count("\n", 0, offset) + 1
        path = tmp_path / ("%s-%d.xml" % (kind, line))
        path.write_text(planted, encoding="utf-8")
        where = "%s: %s -> %s at line %d" % (kind, old, new, line)
        reasons = [str(e.reason) for e in schema.iter_errors(str(path))]
        named = REFERS.get(kind, kind)
        assert any(named in r for r in reasons), "xmlschema accepts %s: %s" % (where, reasons[:3])
        lint = subprocess.run(["xmllint", "--noout", "--schema", str(xsd), str(path)],
                              capture_output=True, text=True)
        assert re.search(r":%d: .*'\{[^}]*\}%s'" % (line, kind), lint.stderr), \
            "xmllint: %s\n%s" % (where, lint.stderr[:2000])
        ours = subprocess.run([str(BIN), "validate", str(path)], capture_output=True, text=True)
        assert ours.returncode != 0, "budget-etl validate accepts %s" % where
        assert re.search(r":%d: .*'\{[^}]*\}%s'" % (line, kind), ours.stdout + ours.stderr), \
            "budget-etl validate: %s\n%s" % (where, (ours.stdout + ours.stderr)[:2000])
