"""budget.xml validates with xmlschema against budget-1.3.xsd (copied into the folder)."""

from __future__ import annotations

from pathlib import Path

from support import *  # noqa: F401,F403
from support import CheckFailure, Skip


def check_xml(folder: Path) -> str:
    import xmlschema

    xml = folder / "budget.xml"
    if not xml.exists():
        raise CheckFailure("budget.xml is missing")
    schema_path = folder / "budget-1.3.xsd"
    origin = "export folder"
    if not schema_path.exists():
        if not REPO_XSD.exists():
            raise CheckFailure("no budget-1.3.xsd in the folder or the repository")
        schema_path, origin = REPO_XSD, "repository"
    schema = xmlschema.XMLSchema(str(schema_path))
    errors = list(schema.iter_errors(str(xml)))
    if errors:
        shown = "\n    ".join(f"{e.path}: {e.reason}" for e in errors[:10])
        raise CheckFailure(f"{len(errors)} schema errors:\n    {shown}")
    return f"valid against budget-1.3.xsd ({origin})"


def test_xml(folder: Path) -> None:
    check_xml(folder)
