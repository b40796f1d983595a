"""The FilterSet machinery shared by busy lists (tracker/filters.py), through the commitments' FilterSet."""

import pytest
from django.http import QueryDict

from actors.models import Actor
from commitments.filtersets import CommitmentFilterSet
from commitments.models import Commitment, Status
from tests.api_support import API
from tracker.db import pk_where

pytestmark = pytest.mark.django_db


def filterset(query: str) -> CommitmentFilterSet:
    return CommitmentFilterSet(QueryDict(query), queryset=Commitment.objects.all())


def test_each_filterset_has_its_own_filters_bound_to_it():
    first, second = filterset("owner=MEX"), filterset("owner=COL")
    assert first.filters["owner"] is not second.filters["owner"]
    assert first.filters["owner"] is not CommitmentFilterSet.base_filters["owner"]
    assert first.filters["owner"].parent is first and second.filters["owner"].parent is second
    # A method filter finds its method on its own FilterSet, which reads its own form.
    assert first.filters["owner"].filter.method.__self__ is first


def test_the_form_holds_the_fields_the_request_sends():
    sent = filterset("owner=MEX&status=in_progress&page_size=10&cursor=abc")
    assert sent.is_valid()
    assert set(sent.form.fields) == {"owner", "status"}
    assert sent.form.cleaned_data["status"] == [Status.by_key("in_progress").pk]
    assert set(filterset("").form.fields) == set()
    # The same form class serves every request; its fields are all the FilterSet's.
    assert type(sent.form) is type(filterset("").form)
    assert set(type(sent.form).base_fields) == set(CommitmentFilterSet.base_filters)


def test_fields_sent_in_the_array_form_are_read():
    sent = filterset("owner[]=MEX&owner[]=COL")
    assert sent.is_valid(), sent.errors
    assert len(sent.form.cleaned_data["owner"]) == 2


def test_an_unknown_value_of_a_sent_field_is_an_error_naming_it():
    sent = filterset("owner=XYZ&kind=offer")
    assert not sent.is_valid()
    assert set(sent.errors) == {"owner"}


def test_a_key_or_code_is_resolved_to_its_id_or_none():
    assert pk_where(Status, "key", "in_progress") == Status.by_key("in_progress").pk
    assert pk_where(Status, "key", "finished") is None
    assert pk_where(Actor, "iso3", "MEX") == Actor.objects.get(iso3="MEX").pk


def test_only_a_unique_field_names_one_row():
    with pytest.raises(ValueError, match="not unique"):
        pk_where(Actor, "acronym", "UNDP")


def test_an_id_is_resolved_when_its_row_exists():
    status = Status.by_key("in_progress")
    assert pk_where(Status, "pk", status.pk) == status.pk
    assert pk_where(Status, "pk", 2**31 - 1) is None


def test_the_browsable_api_draws_every_filter(api):
    page = api.get(f"{API}/commitments/", {"owner": "MEX"}, HTTP_ACCEPT="text/html").content.decode()
    assert all(f'name="{name}"' in page for name in ("owner", "kind", "search", "year_min"))
