"""/api/v1/: every app's router, under one namespace."""

from django.urls import include, path

app_name = "api"
urlpatterns = [
    path("", include("actors.api.urls")),
    path("", include("documents.api.urls")),
    path("", include("commitments.api.urls")),
    path("", include("notifications.api.urls")),
]
