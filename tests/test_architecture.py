"""The tree's rules that a reviewer would otherwise check by hand: dependencies run one way (imports, dotted task
names and migrations), no import circles, models send no tasks, functions stay short, each concern in its module,
and status history has exactly the writers the docs name."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
# Lower apps never import higher ones: tracker <- actors <- documents <- commitments <- extraction, notifications
# <- dashboards. (tracker's shared API permissions read accounts' tokens: users and tokens are the identity every
# layer stands on; the root URLconf in tracker mounts every app by name.)
FORBIDDEN = {
    "tracker": ("actors", "documents", "commitments", "extraction", "notifications", "dashboards"),
    "accounts": ("actors", "documents", "commitments", "extraction", "notifications", "dashboards"),
    "actors": ("documents", "commitments", "extraction", "notifications", "dashboards"),
    "documents": ("commitments", "extraction", "notifications", "dashboards"),
    "commitments": ("extraction", "notifications", "dashboards"),
    "extraction": ("notifications", "dashboards"),
    "notifications": ("extraction", "dashboards"),
}
APPS = ("tracker", "accounts", "actors", "documents", "commitments", "extraction", "dashboards", "notifications")
# A task sent or scheduled by name ("notifications.tasks.send_digests") is a dependency like an import.
TASK_NAME = re.compile(r"^([a-z_]+)\.(?:[a-z_]+\.)*[a-z_]+$")
MAX_FUNCTION_LINES = 60


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


def task_names(path: Path) -> set[str]:
    """Dotted names of tasks in string constants ("documents.tasks.ingest_document")."""
    return {
        node.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ".tasks." in node.value
        if TASK_NAME.match(node.value)
    }


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_lower_apps_do_not_import_higher_ones(app):
    offending = {
        f"{path.relative_to(PROJECT)} imports {module}"
        for path in python_files(app)
        for module in imported_modules(path) | task_names(path)
        if module.split(".")[0] in FORBIDDEN[app]
    }
    assert not offending


def test_the_task_name_check_sees_a_scheduled_task():
    assert "notifications.tasks.send_digests" in task_names(PROJECT / "notifications" / "apps.py")


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(PROJECT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def import_graph(app: str) -> dict[str, set[str]]:
    """Each module of the app and the modules of the same app it imports, at the top or inside a function."""
    modules = {_module_name(path): path for path in python_files(app)}

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for name, path in modules.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported |= {known(f"{node.module}.{alias.name}") or known(node.module) for alias in node.names}
            elif isinstance(node, ast.Import):
                imported |= {known(alias.name) for alias in node.names}
        graph[name] = imported - {None, name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Groups of modules that reach each other through imports (strongly connected, more than one module)."""
    reach = {name: set() for name in graph}
    for start in graph:
        seen, stack = set(), [start]
        while stack:
            for following in graph.get(stack.pop(), ()):
                if following not in seen:
                    seen.add(following)
                    stack.append(following)
        reach[start] = seen
    found = []
    for name in graph:
        group = {name} | {other for other in reach[name] if name in reach[other]}
        if len(group) > 1 and group not in found:
            found.append(group)
    return found


@pytest.mark.parametrize("app", APPS)
def test_no_import_circles_inside_an_app(app):
    assert circles(import_graph(app)) == []


def test_the_circle_check_finds_a_loop_through_three_modules():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]


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


def test_no_function_is_over_60_lines():
    long = {
        f"{path.relative_to(PROJECT)}:{node.name}"
        for app in APPS
        for path in python_files(app)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno >= MAX_FUNCTION_LINES
    }
    assert not long


def _defines_a_model(path: Path) -> bool:
    return any(
        isinstance(node, ast.ClassDef) and any(ast.unparse(base) in ("models.Model", "Model") for base in node.bases)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    )


def _defines_a_task(path: Path) -> bool:
    return any(
        isinstance(node, ast.FunctionDef)
        and any(
            "shared_task" in ast.unparse(decorator) or "app.task" in ast.unparse(decorator)
            for decorator in node.decorator_list
        )
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    )


def test_models_live_in_models_modules_and_tasks_in_tasks_modules():
    """One concern per module: a model class only in ``models.py`` or a ``models/`` package, a Celery task only in
    ``tasks.py`` (the outbox's drain, which every app's outbox needs, lives beside it)."""
    misplaced = set()
    for app in APPS:
        for path in python_files(app):
            in_models = path.name == "models.py" or path.parent.name == "models"
            if _defines_a_model(path) and not in_models:
                misplaced.add(f"{path.relative_to(PROJECT)} defines a model")
            if _defines_a_task(path) and path.name not in ("tasks.py", "outbox.py", "celery.py"):
                misplaced.add(f"{path.relative_to(PROJECT)} defines a task")
    assert not misplaced


def test_the_reader_runs_without_django():
    """The reader (sentences, clauses, grammar, classifier, deadlines) takes actors and rules as data: importing it
    loads no Django and no app's models."""
    code = (
        "import sys; import extraction.reader.clauses, extraction.reader.classifier, extraction.reader.deadlines, "
        "extraction.reader.sentences, extraction.reader.grammar; "
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'django', 'celery', 'rest_framework'}))"
    )
    environment = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=environment, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"


def test_the_readme_names_every_app_and_only_apps_that_exist():
    """README's architecture table: a row per app (`name/`), no stale row."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"^\| `(\w+)/` \|", table, re.MULTILINE))
    apps = {path.parent.name for path in PROJECT.glob("*/apps.py")}
    assert named == apps == set(APPS)


def test_the_readme_stays_a_front_door():
    assert len((PROJECT / "README.md").read_text(encoding="utf-8").splitlines()) < 200
