from django.urls import path

from actors.api import views
from tracker.api.routers import IdRouter

router = IdRouter()
router.register("actors", views.ActorViewSet, basename="actor")
urlpatterns = [
    path("membership/", views.MembershipTimelineView.as_view(), name="membership-timeline"),
    *router.urls,
]
