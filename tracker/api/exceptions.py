"""API errors: a well-formed request that names something the tracker does not have is a 404, not a 400.

400 says the request breaks its schema (a wrong type, a bound, a missing field). A filter or a body that names an
owner, a status or a paragraph by a well-formed code or id that nothing has is a different error: the request is
valid, the thing it names is not found (Adyen's APIs answer the same, docs.adyen.com/errors/not-found: "a POST
request contains a resource ID that does not exist"). The body is unchanged: a message per field.
"""

from __future__ import annotations

from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.views import exception_handler as drf_exception_handler

# "does_not_exist": DRF's related fields and ours; "unknown": tracker.filters.ValuesField.
NOT_FOUND_CODES = frozenset({"does_not_exist", "unknown"})


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, ValidationError) and _only_codes(exc.get_codes(), NOT_FOUND_CODES):
        response.status_code = status.HTTP_404_NOT_FOUND
    return response


def _only_codes(codes, allowed: frozenset[str]) -> bool:
    """Every error code in DRF's nested codes (dicts and lists of them) is one of ``allowed``; none at all: False."""
    leaves = list(_leaves(codes))
    return bool(leaves) and all(code in allowed for code in leaves)


def _leaves(codes):
    if isinstance(codes, dict):
        for value in codes.values():
            yield from _leaves(value)
    elif isinstance(codes, list | tuple):
        for value in codes:
            yield from _leaves(value)
    else:
        yield codes
