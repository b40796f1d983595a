from notifications.api.views import router

urlpatterns = router.urls
