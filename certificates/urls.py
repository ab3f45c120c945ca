from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("name/", views.name_change, name="name_change"),
    path("name/<int:pk>/withdraw/", views.name_change_withdraw_view, name="name_change_withdraw"),
    path("name-changes/<int:pk>/", views.name_change_decide, name="name_change_decide"),
    path("manage/", views.manage, name="manage"),
    path("exports/", views.export_create, name="export_create"),
    path("exports/<int:pk>/", views.export_detail, name="export_detail"),
    path("exports/<int:pk>/download/", views.export_download, name="export_download"),
    path("<int:pk>/download/", views.download, name="download"),
    path("<int:pk>/reissue/", views.reissue, name="reissue"),
    path("<int:pk>/revoke/", views.revoke, name="revoke"),
]
