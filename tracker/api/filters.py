"""The API reads its query string as strictly as its schema describes it.

django-filter, made for HTML forms, reads an empty value as "no filter", a repeated value as its last one and any
word but true or false as "either" for a yes/no filter. The schema (``tracker.api.schema``) says otherwise: a
value is not empty, a filter that takes one value is given once, a yes/no filter is true or false. This backend
refuses what the schema calls invalid with a 400 naming the parameter, so what a client reads in the schema is
what the API does. The browsable API's filter form, which sends every field, even empty, keeps the form reading.
"""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext as _
from django_filters import utils
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

from tracker.filters import ValuesFilter

MULTI_VALUE_FILTERS = (ValuesFilter, django_filters.MultipleChoiceFilter)
BOOLEAN_WORDS = frozenset({"true", "false", "1", "0"})


def takes_many(filter_) -> bool:
    """A filter given more than once (``?owner=MEX&owner=COL``) matches any of the values."""
    return isinstance(filter_, MULTI_VALUE_FILTERS)


class StrictFilterBackend(DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        filters = filterset.filters if filterset is not None else {}
        if getattr(request.accepted_renderer, "format", None) != "api":
            errors = query_errors(request.query_params, filters)
            if errors:
                raise ValidationError(errors)
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            raise utils.translate_validation(filterset.errors)
        return filterset.qs


def query_errors(params, filters) -> dict[str, list[str]]:
    """The parameters the schema calls invalid, with a message each: repeated where one value is taken (any
    parameter but a filter that takes several: pagination, ordering and fields included), a filter sent empty, a
    yes/no filter given another word."""
    errors = {}
    for name in params:
        values = params.getlist(name)
        filter_ = filters.get(name.removesuffix("[]"))  # QueryArrayWidget also reads owner[]=MEX
        if len(values) > 1 and not takes_many(filter_):
            errors[name] = [_("Give one value, not %(count)d.") % {"count": len(values)}]
        elif filter_ is not None and any(value == "" for value in values):
            errors[name] = [_("Give a value, or leave the parameter out.")]
        elif isinstance(filter_, django_filters.BooleanFilter) and values[-1].lower() not in BOOLEAN_WORDS:
            errors[name] = [_("true or false.")]
    return errors
