"""Settings come from the environment; each case imports them in a fresh process with a controlled environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.settings import ENVIRONMENT

PROJECT = Path(__file__).resolve().parent.parent
PROBE = (
    "import json, tracker.settings as s;"
    "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']),"
    "'eager': s.CELERY_TASK_ALWAYS_EAGER, 'broker': s.CELERY_BROKER_URL, 'debug': s.DEBUG, 'demo': s.DEMO_MODE,"
    "'hosts': s.ALLOWED_HOSTS}))"
)
# Every variable the settings read is cleared for the probes; each case sets its own.
ENVIRONMENT_NAMES = (*ENVIRONMENT, "DJANGO_ALLOW_ASYNC_UNSAFE")


def load_settings(**variables: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_NAMES}
    env.update(variables)
    return subprocess.run([sys.executable, "-c", PROBE], cwd=PROJECT, env=env, capture_output=True, text=True)


def settings_with(**variables: str) -> dict:
    result = load_settings(**variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_with_nothing_set_it_runs_the_demo_on_sqlite_with_eager_tasks():
    settings = settings_with()
    assert settings["engine"] == "django.db.backends.sqlite3"
    assert settings["name"] == str(PROJECT / "db.sqlite3")
    assert settings["eager"] is True
    assert settings["debug"] is True and settings["demo"] is True


def test_database_url_switches_only_the_database():
    settings = settings_with(DATABASE_URL="postgres://tracker:secret@db.internal:5432/tracker")
    assert settings["engine"] == "django.db.backends.postgresql"
    assert settings["eager"] is True
    assert settings["debug"] is True and settings["demo"] is True


def test_demo_mode_off_turns_debug_off_and_asks_for_the_secrets():
    settings = settings_with(
        DEMO_MODE="false",
        DATABASE_URL="postgres://tracker:secret@db.internal:5432/tracker",
        SECRET_KEY="a-long-random-production-key",
        ALLOWED_HOSTS="tracker.example.org",
    )
    assert settings["engine"] == "django.db.backends.postgresql"
    assert settings["debug"] is False and settings["demo"] is False
    assert settings["hosts"] == ["tracker.example.org"]


def test_broker_url_switches_to_a_real_broker():
    settings = settings_with(CELERY_BROKER_URL="redis://127.0.0.1:6379/3")
    assert settings["eager"] is False
    assert settings["broker"] == "redis://127.0.0.1:6379/3"


@pytest.mark.parametrize(
    ("variables", "missing"),
    [
        ({"DEMO_MODE": "false"}, "SECRET_KEY and ALLOWED_HOSTS must be set"),
        ({"DEMO_MODE": "false", "SECRET_KEY": "k" * 40}, "ALLOWED_HOSTS must be set"),
        ({"DEBUG": "false", "ALLOWED_HOSTS": "a.example"}, "SECRET_KEY must be set"),
    ],
)
def test_without_debug_start_up_fails_clearly_when_secrets_are_missing(variables, missing):
    result = load_settings(**variables)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_a_malformed_boolean_is_rejected():
    result = load_settings(DEBUG="perhaps")
    assert result.returncode != 0
    assert "perhaps" in result.stderr


def test_a_malformed_number_is_rejected():
    result = load_settings(INGEST_MAX_UPLOAD_MB="fifty")
    assert result.returncode != 0
    assert "INGEST_MAX_UPLOAD_MB='fifty' is not a whole number." in result.stderr


def test_production_settings_pass_the_deploy_check():
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_NAMES}
    env.update(DEMO_MODE="false", SECRET_KEY="x" * 20 + "-a-long-random-production-key-9", ALLOWED_HOSTS="tracker.org")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_https_settings_follow_demo_mode_and_can_be_set():
    probe = "import tracker.settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_NAMES}
    env.update(DEMO_MODE="false", SECRET_KEY="k" * 50, ALLOWED_HOSTS="tracker.org")
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, env=env, capture_output=True, text=True)
    assert result.stdout.split() == ["True", "True", "31536000"], result.stderr
