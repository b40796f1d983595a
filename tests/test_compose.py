"""No Docker engine runs here, so docker-compose.yml is checked against the settings it must feed."""

import importlib.util
import re
import shutil
import subprocess
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
    assert set(compose["services"]) == {"postgres", "broker", "cache", "proxy", "web", "worker", "beat"}


def test_databases_and_app_services_have_healthchecks(compose):
    for name in ("postgres", "broker", "cache", "proxy", "web", "worker"):
        assert "test" in compose["services"][name]["healthcheck"], name


def test_app_services_wait_for_healthy_database_and_broker(compose):
    for name in APP_SERVICES:
        depends = compose["services"][name]["depends_on"]
        assert depends == {name: {"condition": "service_healthy"} for name in ("postgres", "broker", "cache")}


def test_every_variable_given_to_the_app_is_one_the_settings_read(compose):
    for name in APP_SERVICES:
        variables = set(compose["services"][name]["environment"])
        assert variables <= set(settings.ENVIRONMENT), variables - set(settings.ENVIRONMENT)
        assert {"DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "ALLOWED_HOSTS"} <= variables


def test_database_and_broker_urls_point_at_the_compose_services(compose):
    environment = compose["services"]["web"]["environment"]
    assert re.match(r"postgres://.+@postgres:5432/", environment["DATABASE_URL"])
    assert environment["CELERY_BROKER_URL"].startswith("redis://broker:6379/")


def test_the_cache_and_the_broker_are_separate_services(compose):
    environment = compose["services"]["web"]["environment"]
    assert environment["CACHE_URL"].startswith("redis://cache:6379/")
    assert environment["CELERY_RESULT_BACKEND"].startswith("redis://broker:6379/")
    assert "--appendonly" in compose["services"]["cache"]["command"]  # memory only: "no"


def test_only_the_proxy_publishes_a_port(compose):
    published = {name for name, service in compose["services"].items() if service.get("ports")}
    assert published == {"proxy"}
    assert compose["services"]["proxy"]["depends_on"] == {"web": {"condition": "service_healthy"}}


def test_only_the_app_behind_the_proxy_trusts_one_forwarded_address(compose):
    counts = {name: compose["services"][name]["environment"]["TRUSTED_PROXY_COUNT"] for name in APP_SERVICES}
    assert counts == {"web": "1", "worker": "0", "beat": "0"}
    for name in APP_SERVICES:
        assert compose["services"][name]["environment"]["APP_PORT_PUBLISHED"] == "false"


def test_the_proxy_config_serves_static_files_caches_pages_and_overwrites_forwarded_for(compose):
    assert "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in compose["services"]["proxy"]["volumes"]
    conf = (PROJECT / "deploy" / "nginx.conf").read_text()
    static_root = compose["services"]["web"]["environment"]["STATIC_ROOT"]
    assert f"alias {static_root}/;" in conf and f"static:{static_root}:ro" in compose["services"]["proxy"]["volumes"]
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in conf  # overwritten, never appended to
    assert "proxy_cache pages;" in conf and "proxy_cache_revalidate on;" in conf
    assert "proxy_no_cache $http_authorization $has_session;" in conf
    assert "server web:8000;" in conf


def test_uploaded_files_and_the_database_are_on_volumes(compose):
    media_root = compose["services"]["web"]["environment"]["MEDIA_ROOT"]
    for name in ("web", "worker"):
        assert f"media:{media_root}" in compose["services"][name]["volumes"]
    assert "brokerdata:/data" in compose["services"]["broker"]["volumes"]
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


# benchmarks/proxy_load.sh runs the same stack without docker: it must keep compose's settings for the web service.


def test_the_local_proxy_run_uses_the_web_services_settings(compose):
    script = (PROJECT / "benchmarks" / "proxy_load.sh").read_text()
    exported = dict(re.findall(r"\b([A-Z_]+)=([^\s\"$]+)", "\n".join(re.findall(r"^export (.+)$", script, re.M))))
    web = compose["services"]["web"]
    for name in ("DEMO_MODE", "TRUSTED_PROXY_COUNT", "APP_PORT_PUBLISHED"):
        assert exported[name] == web["environment"][name], name
    workers = re.search(r"--workers (\d+) --threads (\d+)", web["command"]).groups()
    assert f"--workers {workers[0]} --threads {workers[1]}" in script
    # The broker and the cache on two redis-servers of their own, as compose's two services.
    assert 'CELERY_BROKER_URL="redis://127.0.0.1:$BROKER_PORT/0"' in script
    assert 'CACHE_URL="redis://127.0.0.1:$CACHE_PORT/0"' in script


@pytest.mark.skipif(not shutil.which("nginx"), reason="needs nginx")
def test_the_load_tests_nginx_config_is_deploys_with_local_ports_and_folders(tmp_path):
    spec = importlib.util.spec_from_file_location("load_test", PROJECT / "benchmarks" / "load_test.py")
    load_test = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(load_test)
    conf = load_test.nginx_config(18999, 18998, tmp_path)
    text = conf.read_text()
    assert "server 127.0.0.1:18999;" in text and "listen 127.0.0.1:18998;" in text
    # every folder in its own or the project's (a clone may live under /tmp), none of the system's
    assert "/tmp/" not in text.replace(str(tmp_path), "").replace(str(PROJECT), "")
    checked = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(conf)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
