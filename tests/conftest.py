import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from accounts.models import User
from actors.models import Actor
from commitments.models import Status
from tracker.reference_data import ISU_STAFF_GROUP

pytest_plugins = ["tests.api_support", "tests.browser_support"]  # fixtures: api, data; browser

# The slow suites, run by CI's second pass (`make test-slow`), not by the README's `make test`: whole evaluations,
# fuzzing, the demo load, browsers, real services and faults, and the tables of forms each extraction round added
# (test_roundNN_forms.py: 1,300 cases, about 40 s on two cores; the clause table and the owner rules stay in
# `make test`). A test id that starts with one of these is 'slow'.
SLOW = (
    "tests/extraction/test_round",
    "tests/test_demo.py",
    "tests/test_browser_csp.py",
    "tests/test_faults.py",
    "tests/test_worker.py",
    "tests/test_database_faults.py",
    "tests/dashboards/test_browser.py",
    "tests/commitments/test_scale_data.py",
    "tests/test_api_common.py::test_no_server_error_and_responses_match_the_schema",
    "tests/test_settings.py::test_production_settings_pass_the_deploy_check",
    "tests/documents/test_layouts.py::test_the_evaluation_set_parses_exactly",
    "tests/documents/test_segmentation.py::test_every_word_is_in_exactly_one_piece",
    "tests/documents/test_segmentation.py::test_parse_accounts_for_all_words",
    "tests/extraction/test_extraction.py::test_extraction_meets_its_targets",
    "tests/extraction/test_statements.py::test_evaluate_extraction_reports_each_part",
    "tests/extraction/test_real_evaluation.py::test_owners_on_the_demo_corpus_meet_the_written_sets_target",
)


# `make test-slow` runs on two workers with `--dist loadgroup`: the tests of one group run one after the other on
# one worker. Real workers and Redis outages ("services": a Celery worker and a redis-server each, and timing
# bounds on what a request may wait) never run beside each other, nor two Chromiums with their live servers.
GROUPS = {"worker": "services", "browser": "browser"}


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.nodeid.startswith(SLOW) or item.get_closest_marker("browser") or item.get_closest_marker("worker"):
            item.add_marker(pytest.mark.slow)
        for marker, group in GROUPS.items():
            if item.get_closest_marker(marker) and not item.get_closest_marker("xdist_group"):
                item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session", autouse=True)
def fast_and_tidy_settings(tmp_path_factory):
    """Test users hash their passwords with MD5 (the production hasher costs 0.25 s each) and uploads land in a
    temporary folder, never in the project's media/."""
    from django.test import override_settings

    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
    ):
        yield


@pytest.fixture(scope="session")
def django_db_setup(fast_and_tidy_settings, django_db_setup, django_db_blocker):
    """Reference data (States, themes, the Oslo Action Plan...) is loaded once for the whole run. At the end, any
    other session still on the PostgreSQL test database (a worker or a thread a test started) is named in a warning
    and closed, so that the database can be dropped."""
    with django_db_blocker.unblock():
        call_command("load_reference_data", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        _close_stray_sessions()


def _close_stray_sessions() -> None:
    import warnings

    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid, application_name, client_addr, state, left(query, 120) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        stray = cursor.fetchall()
        for pid, *_details in stray:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    if stray:
        warnings.warn(f"sessions left open on the test database, closed: {stray}", stacklevel=1)


@pytest.fixture(autouse=True)
def sessions_named_by_their_test(request, monkeypatch):
    """Every PostgreSQL session a test opens (from its threads and the workers it starts too: libpq reads PGAPPNAME)
    carries the test's name, so a session left open names the test that left it."""
    monkeypatch.setenv("PGAPPNAME", request.node.nodeid[-63:])


@pytest.fixture
def staff_user(db) -> User:
    """An ISU staff member: staff, in the 'ISU staff' group, not a superuser."""
    user = User.objects.create_user("officer", password="pw-officer-1", is_staff=True)
    user.groups.add(reference_group(ISU_STAFF_GROUP))
    return user


def reference_group(name: str) -> Group:
    """A group the reference data makes, loaded again if a transactional test before this one emptied the database
    (pytest-django runs those last, each leaving the tables empty)."""
    if not Group.objects.filter(name=name).exists():
        call_command("load_reference_data", stdout=io.StringIO())
    return Group.objects.get(name=name)


@pytest.fixture
def outsider(db) -> User:
    """A logged-in account without staff rights (a delegation, say)."""
    return User.objects.create_user("outsider", password="pw-outsider-1")


@pytest.fixture
def focal_point(db) -> User:
    """Mexico's focal point: in the focal points' group, linked to Mexico, reading French."""
    from actors.models import FocalPoint
    from tracker.reference_data import FOCAL_POINT_GROUP

    user = User.objects.create_user("focal-mex", email="focal@mex.example", password="pw-focal-1", language="fr")
    user.groups.add(reference_group(FOCAL_POINT_GROUP))
    FocalPoint.objects.create(user=user, actor=Actor.objects.get(iso3="MEX"))
    return user


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def statuses(db) -> dict[str, Status]:
    return {status.key: status for status in Status.objects.all()}


@pytest.fixture
def mexico(db) -> Actor:
    return Actor.objects.get(iso3="MEX")


@pytest.fixture
def colombia(db) -> Actor:
    return Actor.objects.get(iso3="COL")


@pytest.fixture(autouse=True)
def eager_celery(request):
    """Tasks run in-process in tests, even when a broker is configured, except in tests marked 'worker'."""
    from tracker.celery import app

    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Production (DEBUG off) serves hashed files from a collectstatic manifest, which tests do not build."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def plain_http(settings):
    """Outside demo mode the site redirects to HTTPS; the test client speaks plain HTTP."""
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def fresh_cache():
    """Throttle and login-attempt counts start from zero in every test."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in English: a request to /fr/ or /es/ leaves its language active in the thread
    (LocaleMiddleware does not reset it), and the next test's messages would come out in French or Spanish."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
