"""/api/v1/: every app's router, under one namespace, and one root that lists every resource."""

from django.urls import include, path
from rest_framework.routers import APIRootView

from actors.api.urls import router as actors
from commitments.api.urls import router as commitments
from documents.api.urls import router as documents
from notifications.api.urls import router as notifications

app_name = "api"


class ApiRoot(APIRootView):
    """Every resource of the API, by name, with its address. Lists are paginated; most take ``?format=csv``."""


# Resources outside the routers, by their URL name.
EXTRA = {"membership": "membership-timeline"}
RESOURCES = {
    prefix: f"{basename}-list"
    for router in (actors, documents, commitments, notifications)
    for prefix, _viewset, basename in router.registry
} | EXTRA

urlpatterns = [
    path("", ApiRoot.as_view(api_root_dict=dict(sorted(RESOURCES.items()))), name="api-root"),
    path("", include("actors.api.urls")),
    path("", include("documents.api.urls")),
    path("", include("commitments.api.urls")),
    path("", include("notifications.api.urls")),
]
