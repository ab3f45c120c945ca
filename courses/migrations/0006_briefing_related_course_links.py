"""Related courses become ordered links chosen with a page chooser (MultipleChooserPanel),
in place of a many-to-many list box. Every existing link is copied across before the old
field goes."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def copy_links(apps, schema_editor) -> None:
    BriefingPage = apps.get_model("courses", "BriefingPage")
    BriefingRelatedCourse = apps.get_model("courses", "BriefingRelatedCourse")
    links = []
    for page in BriefingPage.objects.prefetch_related("related_courses"):
        for order, course in enumerate(page.related_courses.order_by("title")):
            links.append(BriefingRelatedCourse(page=page, course=course, sort_order=order))
    BriefingRelatedCourse.objects.bulk_create(links)


def copy_links_back(apps, schema_editor) -> None:
    BriefingRelatedCourse = apps.get_model("courses", "BriefingRelatedCourse")
    for link in BriefingRelatedCourse.objects.select_related("page", "course"):
        link.page.related_courses.add(link.course)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_shared_source_block"),
    ]

    operations = [
        migrations.CreateModel(
            name="BriefingRelatedCourse",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "course",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="briefing_links",
                        to="courses.coursepage",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="related_course_links",
                        to="courses.briefingpage",
                    ),
                ),
            ],
            options={
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(copy_links, copy_links_back),
        migrations.RemoveField(model_name="briefingpage", name="related_courses"),
    ]
