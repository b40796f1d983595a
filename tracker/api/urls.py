"""/api/v1/: every app's router, under one namespace, and one root that lists every resource."""

from importlib import import_module

from django.urls import include, path
from rest_framework.routers import APIRootView

app_name = "api"
# Mounted by name, like the root URLconf mounts the apps' pages: tracker never imports a higher app's code.
APPS = ("actors", "documents", "commitments", "notifications")


class ApiRoot(APIRootView):
    """Every resource of the API, by name, with its address. Lists are paginated; most take ``?format=csv``."""


# Resources outside the routers, by their URL name.
EXTRA = {"membership": "membership-timeline"}


def resources() -> dict[str, str]:
    """name -> URL name of its list, for every router's resource."""
    found = dict(EXTRA)
    for app in APPS:
        for prefix, _viewset, basename in import_module(f"{app}.api.urls").router.registry:
            found[prefix] = f"{basename}-list"
    return dict(sorted(found.items()))


urlpatterns = [path("", include(f"{app}.api.urls")) for app in APPS]
urlpatterns.insert(0, path("", ApiRoot.as_view(api_root_dict=resources()), name="api-root"))
