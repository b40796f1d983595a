from documents.api import views
from tracker.api.routers import IdRouter

router = IdRouter()
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("documents", views.DocumentViewSet, basename="document")
router.register("paragraphs", views.ParagraphViewSet, basename="paragraph")
router.register("ingestion-jobs", views.IngestionJobViewSet, basename="ingestionjob")
urlpatterns = router.urls
