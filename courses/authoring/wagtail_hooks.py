"""Admin hooks of course authoring: the course screen's URLs, a way to it from every
course and lesson, the approver's queue in the menu and on the dashboard, and an
abandoned draft offered back on the add screen."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.wagtail_hooks import PageListingAddChildPageButton
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.authoring import urls
from courses.authoring.selectors import abandoned_draft_for, courses_awaiting_approval
from courses.catalogue.models import CoursePage, LessonPage


def may_approve(user) -> bool:
    """Whoever may publish pages may approve courses (the workflow's group decides each)."""
    return PagePermissionPolicy().user_has_permission(user, "publish")


@hooks.register("register_admin_urls")
def register_course_authoring_urls():
    return [path("courses/", include((urls.urlpatterns, urls.app_name)))]


def _course_of(page):
    page = page.specific
    if isinstance(page, CoursePage):
        return page
    if isinstance(page, LessonPage):
        return page.course
    return None


@hooks.register("register_page_header_buttons")
def course_screen_header_buttons(page, user, view_name=None, next_url=None):
    course = _course_of(page) if page.specific_class in (CoursePage, LessonPage) else None
    if course is None or not course.permissions_for_user(user).can_edit():
        return
    yield Button(
        "Course: lessons and approval",
        reverse("courses_authoring:course", args=[course.pk]),
        icon_name="list-ol",
        priority=5,
    )
    if page.specific_class is CoursePage:
        yield Button(
            "Add lesson",
            reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk]),
            icon_name="plus",
            priority=6,
        )


class ApprovalsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_approve(request.user)


@hooks.register("register_admin_menu_item")
def register_approvals_menu_item():
    return ApprovalsMenuItem(
        "Courses to approve",
        reverse("courses_authoring:approvals"),
        name="courses-to-approve",
        icon_name="tasks",
        order=250,
    )


@hooks.register("register_help_menu_item")
def register_trainer_guide_menu_item():
    return MenuItem(
        "Trainer guide",
        reverse("courses_authoring:guide"),
        name="trainer-guide",
        icon_name="help",
        order=50,
    )


class CoursesAwaitingApprovalPanel(Component):
    """Courses submitted as one unit, first on the approver's dashboard."""

    name = "courses_awaiting_approval"
    order = 40
    template_name = "courses/authoring/approvals_panel.html"

    def __init__(self, queue) -> None:
        self.queue = queue

    def get_context_data(self, parent_context=None) -> dict:
        return {"queue": self.queue}


@hooks.register("construct_homepage_panels")
def add_courses_awaiting_approval_panel(request: HttpRequest, panels: list) -> None:
    if not may_approve(request.user):
        return
    queue = courses_awaiting_approval(user=request.user)
    if queue:
        panels.append(CoursesAwaitingApprovalPanel(queue))


@hooks.register("after_create_page")
def back_to_the_course_screen(request: HttpRequest, page):
    """A new course or lesson saved as a draft leads to the course screen: its lessons in
    order, "Add lesson" and "Submit course for approval" are the next steps there."""
    specific = page.specific
    if not isinstance(specific, CoursePage | LessonPage) or specific.workflow_in_progress:
        return None
    if specific.live:
        return None
    course = _course_of(specific)
    return redirect("courses_authoring:course", course_id=course.pk)


@hooks.register("before_create_page")
def offer_abandoned_draft_back(request: HttpRequest, parent_page, page_class):
    """On the add screen, offer back the draft of the same kind the trainer started here and
    left, to continue or discard, so work is neither lost nor silently kept (issue 20).
    Only on opening the screen: saving and autosaving the new page go ahead as usual."""
    if request.method != "GET":
        return None
    draft = abandoned_draft_for(user=request.user, parent=parent_page, page_class=page_class)
    if draft is not None:
        notice = render_to_string(
            "courses/authoring/abandoned_draft_notice.html",
            {
                "title": draft.page.get_admin_display_title(),
                "started_at": draft.started_at,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[draft.page.pk]),
                "discard_url": reverse("courses_authoring:discard_draft", args=[draft.page.pk]),
            },
            request=request,
        )
        messages.warning(request, notice)
    return None


@hooks.register("insert_global_admin_css")
def course_authoring_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("courses/authoring-admin.css"))


# --- "Add lesson", not "Add child page" --------------------------------------------------
# Wagtail builds its "Add child page" action (the page's Actions menu, each row's "More"
# menu and the explorer's "+" button) from two fixed labels and offers no hook to rename
# it per page, so the labels become properties that say "Add lesson" under a course.

_ADD_CHILD_PAGE = PageListingAddChildPageButton.label


def add_label_for(page) -> str:
    """What adding a page under `page` is called: lessons are what a course holds."""
    if page is not None and page.specific_class is CoursePage:
        return "Add lesson"
    return str(_ADD_CHILD_PAGE)


PageListingAddChildPageButton.label = property(lambda self: add_label_for(self.page))
ExplorableIndexView.add_item_label = property(lambda self: add_label_for(self.parent_page))


@hooks.register("insert_editor_js")
def question_labels_js():
    """Numbers questions and options ("Question 1", "Option A") and names the add buttons
    ("Add question", "Add option") in every editor with question lists."""
    return format_html('<script src="{}" defer></script>', static("courses/question-labels.js"))
