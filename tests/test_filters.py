"""The FilterSet machinery shared by busy lists (tracker/filters.py), through the commitments' FilterSet."""

import pytest
from django.http import QueryDict

from commitments.filtersets import CommitmentFilterSet
from commitments.models import Commitment, Status

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
