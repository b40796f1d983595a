"""Pagination: cursor pagination for large lists that clients sync, page numbers for small ones; always capped."""

from rest_framework.pagination import CursorPagination, PageNumberPagination

MAX_PAGE_SIZE = 1000


class SyncCursorPagination(CursorPagination):
    """Stable while data changes, and no COUNT(*) over large lists. Newest change first by default."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = ("-updated_at", "-id")


class ReadingOrderCursorPagination(SyncCursorPagination):
    """Paragraphs, document by document in reading order: the list grows with every document ingested."""

    ordering = ("document_id", "position")


class StandardPagination(PageNumberPagination):
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
