from django.urls import path

from dashboards import account, feeds, views

app_name = "dashboards"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("map.svg", views.world_map, name="map"),
    path("search/", views.search, name="search"),
    path("states/", views.state_list, name="states"),
    path("states/<str:iso3>/", views.state_detail, name="state"),
    path("documents/", views.document_list, name="documents"),
    path("documents/<int:pk>/", views.document_detail, name="document"),
    path("action-plans/", views.plan_list, name="plans"),
    path("action-plans/<slug:slug>/", views.plan_detail, name="plan"),
    path("commitments/", views.commitment_list, name="commitments"),
    path("commitments/<int:pk>/", views.commitment_detail, name="commitment"),
    path("account/", account.account, name="account"),
    path("account/watch/", account.watch, name="watch"),
    path("commitments/<int:pk>/propose/", account.propose, name="propose"),
    path("feeds/changes/", feeds.StatusChangesFeed(), name="feed"),
    path("feeds/states/<str:iso3>/", feeds.StateChangesFeed(), name="state-feed"),
    path("feeds/themes/<slug:slug>/", feeds.ThemeChangesFeed(), name="theme-feed"),
    path("feeds/actions/<str:ref>/", feeds.ActionChangesFeed(), name="action-feed"),
]
