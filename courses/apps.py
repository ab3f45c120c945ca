from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and briefings"

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import post_page_move, workflow_approved

        from courses.authoring.receivers import publish_lessons_with_approved_course
        from courses.content_version.receivers import content_changed, page_changed

        workflow_approved.connect(
            publish_lessons_with_approved_course, dispatch_uid="course_lessons_with_approval"
        )
        # Any page saved, deleted or moved; any site or view restriction changed: cached
        # content keyed by the content version is abandoned (courses.content_version).
        for signal in (post_save, post_delete, post_page_move):
            signal.connect(page_changed, dispatch_uid=f"content_version_page_{id(signal)}")
        for model in (Site, PageViewRestriction):
            for signal in (post_save, post_delete):
                signal.connect(
                    content_changed,
                    sender=model,
                    dispatch_uid=f"content_version_{model.__name__}_{id(signal)}",
                )
        m2m_changed.connect(
            content_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="content_version_restriction_groups",
        )
