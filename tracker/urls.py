from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from tracker.views import audit_log, healthz

handler404 = "tracker.views.not_found"

admin.site.site_header = _("Mine Ban Convention — commitment tracker")
admin.site.site_title = _("Commitment tracker")
admin.site.index_title = _("ISU administration")

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/audit/", audit_log, name="audit-log"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("tracker.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
]
# The public pages, in English at the root and under /fr/ and /es/.
urlpatterns += i18n_patterns(
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("dashboards.urls")),
    prefix_default_language=False,
)
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
