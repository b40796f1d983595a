"""Queries the API runs on every request are prepared once per database session (tracker.db.prepared_rows)."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tracker.db import prepared_rows

pytestmark = [
    pytest.mark.django_db(transaction=True),  # a session is closed and a transaction rolled back,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements: PostgreSQL"),
]

SHOUT = "SELECT upper($1::text)"


def statements(queries) -> list[str]:
    return [query["sql"].split()[0] for query in queries]


def test_a_query_is_prepared_once_then_executed(settings):
    settings.DEBUG = True  # so that the queries are captured
    with CaptureQueriesContext(connection) as queries:
        assert prepared_rows("test_shout", SHOUT, ["mex"]) == [("MEX",)]
        assert prepared_rows("test_shout", SHOUT, ["mex"]) == [("MEX",)]
    assert statements(queries.captured_queries) == ["PREPARE", "EXECUTE", "EXECUTE"]


def test_a_new_session_prepares_it_again():
    assert prepared_rows("test_shout", SHOUT, ["mex"]) == [("MEX",)]
    connection.close()  # a reconnection, as after CONN_MAX_AGE or a database restart
    assert prepared_rows("test_shout", SHOUT, ["mex"]) == [("MEX",)]


def test_a_rolled_back_transaction_keeps_the_statement():
    with pytest.raises(RuntimeError), transaction.atomic():
        assert prepared_rows("test_shout", SHOUT, ["mex"]) == [("MEX",)]
        raise RuntimeError
    assert prepared_rows("test_shout", SHOUT, ["mex"]) == [("MEX",)]
