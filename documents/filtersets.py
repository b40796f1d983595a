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
    meeting = django_filters.ModelChoiceFilter(queryset=Meeting.objects.all(), to_field_name="slug")
    meeting_id = WholeNumberFilter(field_name="meeting_id")
    year = YearFilter(field_name="date", lookup_expr="year")
    updated_since = SinceFilter(field_name="updated_at")

    class Meta:
        model = Document
        fields = ["kind", "language", "symbol", "meeting", "meeting_id", "year", "updated_since"]


class ParagraphFilterSet(django_filters.FilterSet):
    document = django_filters.ModelChoiceFilter(queryset=Document.objects.all())
    label = django_filters.CharFilter()

    class Meta:
        model = Paragraph
        fields = ["document", "language", "label"]


class IngestionJobFilterSet(django_filters.FilterSet):
    class Meta:
        model = IngestionJob
        fields = ["state"]
