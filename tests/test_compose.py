"""No Docker engine runs here, so docker-compose.yml is checked against the settings it must feed."""

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings

PROJECT = Path(__file__).resolve().parent.parent
APP_SERVICES = ("web", "worker", "beat")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((PROJECT / "docker-compose.yml").read_text())


def test_it_has_the_services_of_the_stack(compose):
    assert set(compose["services"]) == {"postgres", "redis", "web", "worker", "beat"}


def test_databases_and_app_services_have_healthchecks(compose):
    for name in ("postgres", "redis", "web", "worker"):
        assert "test" in compose["services"][name]["healthcheck"], name


def test_app_services_wait_for_healthy_database_and_broker(compose):
    for name in APP_SERVICES:
        depends = compose["services"][name]["depends_on"]
        assert depends == {"postgres": {"condition": "service_healthy"}, "redis": {"condition": "service_healthy"}}


def test_every_variable_given_to_the_app_is_one_the_settings_read(compose):
    for name in APP_SERVICES:
        variables = set(compose["services"][name]["environment"])
        assert variables <= set(settings.ENVIRONMENT), variables - set(settings.ENVIRONMENT)
        assert {"DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "ALLOWED_HOSTS"} <= variables


def test_database_and_broker_urls_point_at_the_compose_services(compose):
    environment = compose["services"]["web"]["environment"]
    assert re.match(r"postgres://.+@postgres:5432/", environment["DATABASE_URL"])
    assert environment["CELERY_BROKER_URL"].startswith("redis://redis:6379/")


def test_uploaded_files_and_the_database_are_on_volumes(compose):
    media_root = compose["services"]["web"]["environment"]["MEDIA_ROOT"]
    for name in ("web", "worker"):
        assert f"media:{media_root}" in compose["services"][name]["volumes"]
    assert "pgdata:/var/lib/postgresql/data" in compose["services"]["postgres"]["volumes"]
    assert {"pgdata", "media"} <= set(compose["volumes"])


def test_the_worker_and_beat_run_celery_with_the_database_scheduler(compose):
    assert compose["services"]["worker"]["command"][:4] == ["celery", "-A", "tracker", "worker"]
    beat = compose["services"]["beat"]["command"]
    assert beat[beat.index("--scheduler") + 1] == settings.CELERY_BEAT_SCHEDULER


def test_web_serves_with_gunicorn(compose):
    assert "gunicorn tracker.wsgi:application" in compose["services"]["web"]["command"]
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in settings.MIDDLEWARE


def test_env_example_names_only_known_variables(compose):
    names = {
        line.split("=", 1)[0]
        for line in (PROJECT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    }
    compose_only = {"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"}
    assert names - compose_only <= set(settings.ENVIRONMENT)
    assert {"SECRET_KEY", "ALLOWED_HOSTS"} <= names
    interpolated = set(re.findall(r"\$\{(\w+)", (PROJECT / "docker-compose.yml").read_text()))
    assert interpolated <= names, interpolated - names


def test_health_endpoint_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
