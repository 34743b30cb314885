"""The suite has something to check: every --exports directory holds document folders."""

from conftest import export_roots
from support import document_folders


def test_export_directories_hold_documents(pytestconfig):
    roots = export_roots(pytestconfig)
    assert roots, "no --exports DIR given"
    for root in roots:
        assert root.is_dir(), f"{root} is not a directory"
        assert document_folders(root), f"{root}: no document folders (with manifest.json or budget.jsonld)"
