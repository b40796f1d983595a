"""Filters of sources, shared by the API and the web views."""

import django_filters

from documents.models import Document, IngestionJob, Meeting, Paragraph
from tracker.filters import SinceFilter, WholeNumberFilter, YearFilter


class MeetingFilterSet(django_filters.FilterSet):
    year = YearFilter(field_name="start_date", lookup_expr="year")

    class Meta:
        model = Meeting
        fields = ["kind", "country", "year"]


class DocumentFilterSet(django_filters.FilterSet):
    # A slug no meeting has matches nothing, as on commitments (meeting_id filters by id).
    meeting = django_filters.CharFilter(field_name="meeting__slug", help_text="Meeting slug.")
    meeting_id = WholeNumberFilter(field_name="meeting_id")
    year = YearFilter(field_name="date", lookup_expr="year")
    updated_since = SinceFilter(field_name="updated_at")

    class Meta:
        model = Document
        fields = ["kind", "language", "symbol", "meeting", "meeting_id", "year", "updated_since"]


class ParagraphFilterSet(django_filters.FilterSet):
    document = WholeNumberFilter(field_name="document_id")
    label = django_filters.CharFilter()

    class Meta:
        model = Paragraph
        fields = ["document", "language", "label"]


class IngestionJobFilterSet(django_filters.FilterSet):
    class Meta:
        model = IngestionJob
        fields = ["state"]
