"""The charges report in the admin's Reports menu, for managers and administrators."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from learning.training.charges.views import can_see_charges, charges_urls


class ChargesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_charges(request.user)


@hooks.register("register_admin_urls")
def register_charges_urls():
    return [path("reports/training-charges/", include((charges_urls, "training_charges")))]


@hooks.register("register_reports_menu_item")
def register_charges_menu_item():
    return ChargesMenuItem(
        "Training charges",
        reverse("training_charges:report"),
        name="training-charges",
        icon_name="form",
        order=110,
    )
