"""H5P activities: an uploaded `.h5p` package, validated and unpacked, ready to place in lessons.

Learners' results and xAPI statements live in `learning` and reference the activity's id,
so replacing the package file keeps every learner's record.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models

from wagtail.search import index

from courses.h5p.selectors import activity_iri, activity_type_title


class H5PActivity(index.Indexed, models.Model):
    """One interactive activity (quiz, branching scenario...) made in H5P."""

    title = models.CharField(
        max_length=255,
        blank=True,
        help_text="Shown to trainers when they place the activity; left blank, the "
        "package's own title is used.",
    )
    package = models.FileField(
        ".h5p file",
        upload_to="h5p/packages/",
        validators=[FileExtensionValidator(["h5p"])],
        help_text="An H5P package exported from H5P.org, Lumi or another H5P editor.",
    )
    unpacked_folder = models.CharField(max_length=255, blank=True, editable=False)
    main_library = models.CharField(max_length=255, blank=True, editable=False)
    uploaded_at = models.DateTimeField(auto_now=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = "H5P activity"
        verbose_name_plural = "H5P activities"
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title or f"H5P activity {self.pk}"

    @property
    def iri(self) -> str:
        """The xAPI activity id statements use for this activity."""

        return activity_iri(self.pk)

    @property
    def type_title(self) -> str:
        """The kind of activity in H5P's words ("Multiple Choice"), for the admin lists."""

        return activity_type_title(
            main_library=self.main_library, unpacked_folder=self.unpacked_folder
        )
