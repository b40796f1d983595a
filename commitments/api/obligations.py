"""The obligations API: the calendar of what the Convention requires of each State, as JSON, CSV or iCalendar,
and the Oslo Action Plan indicators that follow from it."""

from __future__ import annotations

import csv
import datetime
import io

from django.db.models import F, Prefetch
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from icalendar import Calendar, Event
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from actors.api.serializers import ActorBriefSerializer
from commitments.filtersets import ObligationFilterSet
from commitments.models import DeadlineExtension, Obligation, ObligationEvent, ObligationKind, ObligationState
from commitments.selectors import obligation_indicators
from tracker.api.filters import StrictFilterBackend
from tracker.api.renderers import CSVRenderer, ICalendarRenderer
from tracker.spreadsheets import csv_row


def _permalink(request, paragraph) -> str | None:
    return request.build_absolute_uri(paragraph.get_absolute_url()) if paragraph else None


class ObligationEventSerializer(serializers.ModelSerializer):
    """A sourced fact of the reference data: dates as precise as the source (``*_precision``: day, month, year;
    a month or year alone is stored as its first day for ``date`` and its last for ``deadline``)."""

    event = serializers.CharField(source="kind")
    date = serializers.DateField(source="event_on", allow_null=True)
    date_precision = serializers.CharField(source="event_precision")
    meeting_name = serializers.CharField()

    class Meta:
        model = ObligationEvent
        fields = [
            "event",
            "date",
            "date_precision",
            "meeting",
            "meeting_name",
            "deadline",
            "deadline_precision",
            "source_url",
            "doubtful",
            "note",
        ]


class DeadlineExtensionSerializer(serializers.ModelSerializer):
    decision = serializers.SerializerMethodField()
    meeting = serializers.CharField(source="source.meeting", default="", read_only=True)
    source_url = serializers.URLField(source="source.source_url", default=None, read_only=True)

    class Meta:
        model = DeadlineExtension
        fields = ["previous_deadline", "new_deadline", "granted_on", "meeting", "decision", "source_url"]

    def get_decision(self, extension) -> str | None:
        return _permalink(self.context["request"], extension.paragraph)


class ObligationSerializer(serializers.ModelSerializer):
    state = serializers.SerializerMethodField()
    article = serializers.IntegerField(read_only=True)
    status = serializers.ChoiceField(choices=ObligationState.choices, source="current_state", read_only=True)
    on_time = serializers.BooleanField(read_only=True, allow_null=True)
    source = serializers.SerializerMethodField(help_text="Permanent link to the article of the Convention.")
    extensions = DeadlineExtensionSerializer(many=True, read_only=True)
    events = ObligationEventSerializer(many=True, read_only=True, help_text="What each source says, oldest first.")

    class Meta:
        model = Obligation
        fields = [
            "id",
            "state",
            "kind",
            "article",
            "period",
            "original_deadline",
            "deadline",
            "deadline_precision",
            "deadline_derived",
            "status",
            "completed_on",
            "on_time",
            "source",
            "extensions",
            "events",
        ]

    @extend_schema_field(ActorBriefSerializer)
    def get_state(self, obligation) -> dict:
        actor = obligation.actor
        return {"id": actor.pk, "code": actor.code, "name": actor.name}

    def get_source(self, obligation) -> str | None:
        return _permalink(self.context["request"], obligation.source_paragraph)


class IndicatorSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    definition = serializers.CharField()
    numerator = serializers.IntegerField()
    denominator = serializers.IntegerField()
    value = serializers.FloatField(allow_null=True, help_text="numerator / denominator; null when nothing is counted.")


@extend_schema_view(
    list=extend_schema(
        operation_id="v1_obligations_list",
        parameters=[OpenApiParameter("format", OpenApiTypes.STR, enum=["json", "csv", "ics"])],
        responses={
            200: ObligationSerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "text/calendar"): OpenApiTypes.STR,
        },
    )
)
class ObligationViewSet(viewsets.ReadOnlyModelViewSet):
    """Obligations under the Convention (Articles 4, 5 and 7), soonest deadline first; ``?format=csv`` or
    ``?format=ics`` for the filtered calendar as a file."""

    serializer_class = ObligationSerializer
    filterset_class = ObligationFilterSet
    filter_backends = [StrictFilterBackend]
    renderer_classes = [*viewsets.ReadOnlyModelViewSet.renderer_classes, CSVRenderer, ICalendarRenderer]

    def get_queryset(self):
        extensions = Prefetch("extensions", DeadlineExtension.objects.select_related("paragraph__document", "source"))
        events = Prefetch("events", ObligationEvent.objects.order_by(F("event_on").asc(nulls_first=True), "id"))
        return (
            Obligation.objects.with_state()
            .select_related("actor", "source_paragraph__document")
            .prefetch_related(extensions, events)
            .order_by("deadline", "actor__name_en", "id")
        )

    def list(self, request, *args, **kwargs):
        file_format = request.accepted_renderer.format
        if file_format not in ("csv", "ics"):
            return super().list(request, *args, **kwargs)
        rows = self.get_serializer(self.filter_queryset(self.get_queryset()), many=True).data
        if file_format == "csv":
            return _file(_csv(rows), "text/csv; charset=utf-8", "obligations.csv")
        return _file(_icalendar(rows), "text/calendar; charset=utf-8", "obligations.ics")

    def finalize_response(self, request, response, *args, **kwargs):
        """An error on a file request (a bad filter) is answered in JSON, like every other error."""
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and response.accepted_renderer.format in ("csv", "ics"):
            response.accepted_renderer = self.renderer_classes[0]()
            response.accepted_media_type = response.accepted_renderer.media_type
        return response

    @extend_schema(responses={200: IndicatorSerializer(many=True)})
    @action(detail=False, methods=["get"], pagination_class=None, filter_backends=[])
    def indicators(self, request):
        """Oslo Action Plan indicators computed from the obligations, each with its definition."""
        return Response(obligation_indicators())


def _file(content: str, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _csv(rows) -> str:
    """The JSON rows, flat: the State by its code, extensions left to the JSON (the current deadline is here)."""
    columns = [name for name in ObligationSerializer.Meta.fields if name not in ("extensions", "events")]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        cells = {**row, "state": row["state"]["code"]}
        writer.writerow(csv_row("" if cells[column] is None else cells[column] for column in columns))
    return buffer.getvalue()


def _icalendar(rows) -> str:
    """One all-day event per deadline, for a delegation's calendar."""
    calendar = Calendar()
    calendar.add("prodid", "-//APMBC commitment tracker//obligations//EN")
    calendar.add("version", "2.0")
    for row in rows:
        if not row["deadline"]:
            continue
        event = Event()
        kind = ObligationKind(row["kind"]).label
        period = f" {row['period']}" if row["period"] else ""
        event.add("uid", f"obligation-{row['id']}@apmbc-tracker")
        event.add("summary", f"{row['state']['code']}: {kind}{period}")
        event.add("dtstart", _date(row["deadline"]))
        event.add("description", f"{ObligationState(row['status']).label}. {row['source'] or ''}".strip())
        calendar.add_component(event)
    return calendar.to_ical().decode()


def _date(value: str) -> datetime.date:

    return datetime.date.fromisoformat(value)
