from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.defaults import page_not_found


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
