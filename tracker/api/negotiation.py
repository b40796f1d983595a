"""Content negotiation that reads ``?format=`` as the schema declares it: one of the listed formats."""

from django.http import Http404
from rest_framework.negotiation import DefaultContentNegotiation


class StrictFormatNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        """``?format=`` sent empty is no format at all: a 404, as DRF answers an unknown one (``?format=abc``);
        DRF itself would read it as no parameter."""
        if not format_suffix and request.query_params.get(self.settings.URL_FORMAT_OVERRIDE) == "":
            raise Http404("No such format.")
        return super().select_renderer(request, renderers, format_suffix)
