from django.urls import path

from documents import views

app_name = "documents"
urlpatterns = [
    path("<int:pk>/", views.DocumentDetailView.as_view(), name="document-detail"),
]
