"""The tree's rules that a reviewer would otherwise check by hand: dependencies run one way, models send no
tasks, and status history has exactly the writers README names."""

import ast
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
# Lower apps never import higher ones: tracker <- actors <- documents <- commitments <- dashboards. (tracker's
# shared API permissions read accounts' tokens: users and tokens are the identity every layer stands on; the root
# URLconf in tracker mounts every app by name.)
FORBIDDEN = {
    "tracker": ("actors", "documents", "commitments", "notifications", "dashboards"),
    "actors": ("documents", "commitments", "notifications", "dashboards"),
    "documents": ("commitments", "notifications", "dashboards"),
    "commitments": ("notifications", "dashboards"),
    "notifications": ("dashboards",),
}


def python_files(app: str) -> list[Path]:
    return [path for path in (PROJECT / app).rglob("*.py") if "migrations" not in path.parts]


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_lower_apps_do_not_import_higher_ones(app):
    offending = {
        f"{path.relative_to(PROJECT)} imports {module}"
        for path in python_files(app)
        for module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN[app]
    }
    assert not offending


def test_migrations_of_lower_apps_do_not_depend_on_higher_ones():
    for app, higher in FORBIDDEN.items():
        for path in (PROJECT / app / "migrations").glob("0*.py"):
            text = path.read_text(encoding="utf-8")
            assert not any(f"('{name}'," in text or f'("{name}",' in text for name in higher), path


def test_models_modules_do_not_import_tasks():
    models = [path for app in ("accounts", "actors", "documents", "commitments") for path in python_files(app)]
    models = [path for path in models if path.name == "models.py" or "models" in path.parent.name]
    assert models
    for path in models:
        assert not any(module.endswith("tasks") for module in imported_modules(path)), path


def _writes_status_history(node: ast.AST) -> bool:
    """``StatusUpdate(...)`` or ``StatusUpdate.objects.create/bulk_create(...)``."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name) and func.id == "StatusUpdate":
        return True
    return (
        isinstance(func, ast.Attribute)
        and func.attr in ("create", "bulk_create", "get_or_create", "update_or_create")
        and "StatusUpdate" in ast.unparse(func.value)
    )


def test_status_history_is_written_by_the_two_model_methods_only():
    writers = set()
    for app in ("actors", "documents", "commitments", "accounts", "tracker"):
        for path in python_files(app):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in ast.walk(tree):
                if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                    _writes_status_history(node) for node in ast.walk(function)
                ):
                    writers.add(f"{path.relative_to(PROJECT)}:{function.name}")
    assert writers == {
        "commitments/models/tracking.py:add_owners",
        "commitments/models/tracking.py:record_status",
    }


def test_no_module_outside_migrations_is_over_500_lines():
    long = {
        str(path.relative_to(PROJECT))
        for folder in ("tracker", "accounts", "actors", "documents", "commitments", "tests", "benchmarks")
        for path in (PROJECT / folder).rglob("*.py")
        if "migrations" not in path.parts and len(path.read_text(encoding="utf-8").splitlines()) > 500
    }
    assert not long
