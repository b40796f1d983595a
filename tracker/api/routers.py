from rest_framework.routers import DefaultRouter


class IdRouter(DefaultRouter):
    """Detail URLs take an id that fits a database integer; anything else is a 404, not a database error.
    No root view per app: ``tracker.api.urls`` has one root for every app's resources."""

    include_root_view = False

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        if not getattr(viewset, "lookup_value_regex", None):
            viewset.lookup_value_regex = "[0-9]{1,18}"
        return super().get_lookup_regex(viewset, lookup_prefix)
