"""The database unreachable for a moment: requests get 503 with Retry-After, and then work again without a
restart; a connection the server dropped is replaced before it is used."""

import pytest
from django.db import connection

from tests.api_support import API

# SQLite's test database lives in memory and cannot be made unreachable: these run on PostgreSQL (CI does both).
pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a database server")


@pytest.fixture
def database_down(transactional_db):
    """Makes new connections fail (nothing listens at the address) until the fixture ends."""
    settings_dict = connection.settings_dict
    saved = dict(settings_dict)
    connection.close()
    settings_dict["PORT"] = "1"  # nothing listens there
    yield
    connection.close()
    settings_dict.clear()
    settings_dict.update(saved)


def test_requests_during_an_outage_get_503_with_retry_after(api, database_down):
    response = api.get(f"{API}/commitments/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "retry" in response.json()["detail"]


def test_after_the_outage_requests_work_again(api, transactional_db):
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict["PORT"] = "1"
    assert api.get(f"{API}/themes/").status_code == 503
    connection.close()
    connection.settings_dict.update(saved)
    assert api.get(f"{API}/themes/").status_code == 200


def test_a_connection_dropped_by_the_server_is_replaced(api, transactional_db, settings):
    import psycopg2

    assert api.get(f"{API}/themes/").status_code == 200
    pid = connection.connection.get_backend_pid() if connection.connection else None
    db = connection.settings_dict
    other = psycopg2.connect(
        dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"], host=db["HOST"] or "127.0.0.1", port=db["PORT"]
    )
    other.autocommit = True
    with other.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    other.close()
    assert api.get(f"{API}/themes/").status_code in (200, 503)  # the request that meets the dead connection
    assert api.get(f"{API}/themes/").status_code == 200  # and every one after it
