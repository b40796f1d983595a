"""Pagination: cursor pagination for large lists that clients sync, page numbers for small ones; always capped."""

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination, PageNumberPagination

from tracker.db import parse_id

MAX_PAGE_SIZE = 1000


class StrictPageSize:
    """``page_size`` is a whole number from 1 to the maximum; anything else is a 400, not silently the default or
    the maximum. The schema declares both bounds (and ``page``'s minimum), so a client or a fuzzer knows them."""

    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        size = parse_id(raw, max_value=self.max_page_size)
        if size is None:
            raise ValidationError({self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}."]})
        return size

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size}, "page": {"minimum": 1}}
        for parameter in parameters:
            if parameter["name"] in bounds:
                parameter["schema"] = {**parameter["schema"], **bounds[parameter["name"]]}
        return parameters


class SyncCursorPagination(StrictPageSize, CursorPagination):
    """Stable while data changes, and no COUNT(*) over large lists. Newest change first by default."""

    page_size = 100
    ordering = ("-updated_at", "-id")


class ReadingOrderCursorPagination(SyncCursorPagination):
    """Paragraphs, document by document in reading order: the list grows with every document ingested."""

    ordering = ("document_id", "position")


class StandardPagination(StrictPageSize, PageNumberPagination):
    page_size = 100

    def get_page_number(self, request, paginator):
        """``page`` is a whole number from 1, as the schema says: DRF would read ``?page=`` as page 1 and
        ``?page=last`` as the last page. Anything else is a 404, as a page past the end is."""
        raw = request.query_params.get(self.page_query_param)
        if raw is None:
            return 1
        number = parse_id(raw)
        if number is None:
            raise NotFound(self.invalid_page_message)
        return number
