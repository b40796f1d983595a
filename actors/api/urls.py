from actors.api import views
from tracker.api.routers import IdRouter

router = IdRouter()
router.register("actors", views.ActorViewSet, basename="actor")
urlpatterns = router.urls
