"""/api/v1/: every app's router, under one namespace, and one root that lists every resource."""

from importlib import import_module

from django.urls import include, path
from rest_framework.routers import APIRootView

app_name = "api"


class ApiRoot(APIRootView):
    """Every resource of the API, by name, with its address. Lists are paginated; most take ``?format=csv``."""


# The URLconfs mounted here, by name: this is the composition root, which the apps below it never import.
API_URLCONFS = ("actors.api.urls", "documents.api.urls", "commitments.api.urls", "notifications.api.urls")
# Resources outside the routers, by their URL name.
EXTRA = {"membership": "membership-timeline"}
RESOURCES = {
    prefix: f"{basename}-list"
    for urlconf in API_URLCONFS
    for prefix, _viewset, basename in import_module(urlconf).router.registry
} | EXTRA

urlpatterns = [
    path("", ApiRoot.as_view(api_root_dict=dict(sorted(RESOURCES.items()))), name="api-root"),
    *(path("", include(urlconf)) for urlconf in API_URLCONFS),
]
