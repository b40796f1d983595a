import csv

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.db import DatabaseError, connection
from django.http import JsonResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.defaults import page_not_found

from tracker.audit import AUDIT_COLUMNS, audit_rows, historical_models
from tracker.spreadsheets import csv_row

# The page's column headings, in the reader's language; the CSV export keeps AUDIT_COLUMNS, its fixed header.
AUDIT_HEADINGS = [
    _("when"),
    _("who"),
    _("model"),
    _("object id"),
    _("object"),
    pgettext_lazy("audit log", "change"),
    _("field"),
    pgettext_lazy("audit log: the value before", "from"),
    pgettext_lazy("audit log: the value after", "to"),
]
AUDIT_CHANGES = {"created": _("created"), "changed": _("changed"), "deleted": _("deleted")}


def healthz(request):
    """For container health checks: the app answers, its database does, and so does its broker (when one is
    configured). 503 with what failed otherwise."""
    problems = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        problems["database"] = str(error).strip() or error.__class__.__name__
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        from tracker.celery import app

        try:
            with app.connection_for_write() as broker:
                broker.ensure_connection(max_retries=1, timeout=2)
        except Exception as error:  # any failure to reach the broker is a failed check
            problems["broker"] = str(error).strip() or error.__class__.__name__
    if problems:
        return JsonResponse({"status": "unavailable", **problems}, status=503)
    return JsonResponse({"status": "ok"})


def not_found(request, exception=None):
    """A 404 under /api/ is JSON, like every other API error; elsewhere, Django's page."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return page_not_found(request, exception)


AUDIT_PAGE_ROWS = 300


@staff_member_required
@permission_required("accounts.view_user", raise_exception=True)
def audit_log(request):
    """The admin's audit log: every recorded change (who, when, from what to what), filtered by model and dates;
    ``?format=csv`` streams the whole filtered log. For staff with the right to view users."""
    since, until = parse_date(request.GET.get("since", "")), parse_date(request.GET.get("until", ""))
    labels = [model.instance_type._meta.label for model in historical_models()]
    label = request.GET.get("model", "") if request.GET.get("model", "") in labels else ""
    if request.GET.get("format") == "csv":

        class Echo:
            def write(self, value):
                return value

        writer = csv.writer(Echo())

        def lines():
            yield writer.writerow(AUDIT_COLUMNS)
            for row in audit_rows(since=since, until=until, label=label):
                yield writer.writerow(csv_row(row))

        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="audit.csv"'
        return response
    context = {
        **admin.site.each_context(request),
        "title": _("Audit log"),
        "columns": AUDIT_HEADINGS,
        "rows": [
            [*row[:5], AUDIT_CHANGES.get(row[5], row[5]), *row[6:]]
            for row in audit_rows(since=since, until=until, label=label, limit=AUDIT_PAGE_ROWS)
        ],
        "labels": labels,
        "label": label,
        "since": request.GET.get("since", ""),
        "until": request.GET.get("until", ""),
        "limit": AUDIT_PAGE_ROWS,
        "query": request.GET.urlencode(),
    }
    return TemplateResponse(request, "admin/audit_log.html", context)
