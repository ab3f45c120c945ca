"""Give a site without a name the service's name: Wagtail titles the admin dashboard with
the site's name and falls back to its hostname, so trainers were welcomed to "localhost"."""

from django.conf import settings
from django.db import migrations


def name_unnamed_sites(apps, schema_editor) -> None:
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.filter(site_name="").update(site_name=settings.WAGTAIL_SITE_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_area_contact_checks"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_unnamed_sites, migrations.RunPython.noop)]
