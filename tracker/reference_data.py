"""Reference data, loaded app by app: each app that has some gives its ``AppConfig`` a
``load_reference_data(report)`` method, and ``manage.py load_reference_data`` runs them in the order of
``INSTALLED_APPS`` (lower apps first), in one transaction. Loading twice changes nothing."""

from __future__ import annotations

import json

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import QuerySet
from django_celery_beat.models import CrontabSchedule, PeriodicTask

from tracker.db import LoadReport

ISU_STAFF_GROUP = "ISU staff"
FOCAL_POINT_GROUP = "Delegation focal points"


@transaction.atomic
def load_reference_data() -> LoadReport:
    report = LoadReport()
    for config in apps.get_app_configs():
        loader = getattr(config, "load_reference_data", None)
        if loader is not None:
            loader(report)
    return report


def grant(report: LoadReport, group_name: str, permissions: QuerySet[Permission]) -> None:
    """Give a group the permissions it lacks (created where missing); permissions staff added stay."""
    group, created = Group.objects.get_or_create(name=group_name)
    missing = permissions.exclude(pk__in=group.permissions.values("pk"))
    if missing.exists():
        group.permissions.add(*missing)
        created = True
    report.count("groups of users", created)


def app_permissions(app_label: str, *, exclude: tuple[str, ...] = ()) -> QuerySet[Permission]:
    return Permission.objects.filter(content_type__app_label=app_label).exclude(codename__in=exclude)


def named_permissions(app_label: str, codenames: list[str]) -> QuerySet[Permission]:
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def schedule(report: LoadReport, tasks: dict[str, tuple]) -> None:
    """Periodic tasks as rows of django-celery-beat: created once, then left to the ISU (editable in the admin).

    ``tasks``: name -> (dotted task name, crontab minute, hour[, day of week, keyword arguments])."""
    for name, (task, minute, hour, *rest) in tasks.items():
        if PeriodicTask.objects.filter(name=name).exists():
            continue
        day_of_week, kwargs = rest if rest else ("*", {})
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=minute, hour=hour, day_of_week=day_of_week, day_of_month="*", month_of_year="*"
        )
        PeriodicTask.objects.create(name=name, task=task, crontab=crontab, kwargs=json.dumps(kwargs))
        report.count("periodic tasks", True)
