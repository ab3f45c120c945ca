"""A "Registers" item in the admin menu for trainers and managers: the register pages are
on the site (phone-sized, for the day), and the admin is where trainers work."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from learning.training.policy import training_organiser


class RegistersMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return training_organiser(request.user).runs_sessions


@hooks.register("register_admin_menu_item")
def register_registers_menu_item():
    return RegistersMenuItem(
        "Registers",
        reverse("learning_training_attendance:registers"),
        name="training-registers",
        icon_name="tasks",
        order=335,
    )
