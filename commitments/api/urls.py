from commitments.api import obligations, proposals, views
from tracker.api.routers import IdRouter

router = IdRouter()
router.register("themes", views.ThemeViewSet, basename="theme")
router.register("statuses", views.StatusViewSet, basename="status")
router.register("action-plans", views.ActionPlanViewSet, basename="actionplan")
router.register("actions", views.ActionViewSet, basename="action")
router.register("commitments", views.CommitmentViewSet, basename="commitment")
router.register("status-updates", views.StatusUpdateViewSet, basename="statusupdate")
router.register("obligations", obligations.ObligationViewSet, basename="obligation")
router.register("proposals", proposals.ProposalViewSet, basename="proposal")
urlpatterns = router.urls
