"""The admin form for H5P activities: refuses a bad package with every reason shown."""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminModelForm

from courses.h5p.media import blocked_hosts
from courses.h5p.services import h5p_unpacked_folder_release_on_commit
from courses.h5p.storage import unpack_package
from courses.h5p.validation import PackageRejected, validate_package

# Titles H5P tools leave when nobody named the content.
_PLACEHOLDER_TITLES = {"untitled", "h5p", "interactive content", "new content", "title"}


def title_is_real(title: str) -> bool:
    """A name someone chose: not empty, not a file name, not a tool's placeholder."""
    words = title.strip().lower()
    return bool(words) and not words.endswith(".h5p") and words not in _PLACEHOLDER_TITLES


class H5PActivityForm(WagtailAdminModelForm):
    """Validates and unpacks the package while the form is cleaned, so a refusal (even one
    found only while unpacking) comes back as form errors and the activity is not saved.
    `media_hosts_blocked` names the hosts of media the new package plays that the player
    will not show, for the warning the admin views give."""

    media_hosts_blocked: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        package = cleaned.get("package")
        if package and "package" in self.changed_data:
            try:
                info = validate_package(package)
                self._unpacked = (unpack_package(package), info.main_library)
                self.media_hosts_blocked = tuple(blocked_hosts(info.external_media))
            except PackageRejected as rejected:
                for reason in rejected.errors:
                    self.add_error("package", reason)
            else:
                if not cleaned.get("title"):
                    cleaned["title"] = info.title
            finally:
                package.seek(0)
        title = (cleaned.get("title") or "").strip()
        if "title" not in self.errors and not title_is_real(title):
            self.add_error(
                "title",
                "Enter a title trainers and learners will recognise (not a file name or "
                "“Untitled”).",
            )
        return cleaned

    def save(self, commit: bool = True):
        """Switch to the new folder; the old one is deleted once the switch commits, if no
        other activity uses it (with commit=False, whoever saves does that)."""
        activity = super().save(commit=False)
        previous = activity.unpacked_folder
        if getattr(self, "_unpacked", None):
            activity.unpacked_folder, activity.main_library = self._unpacked
            if self.for_user is not None and self.for_user.is_authenticated:
                activity.uploaded_by = self.for_user
        if commit:
            activity.save()
            h5p_unpacked_folder_release_on_commit(
                folder=previous, replaced_by=activity.unpacked_folder
            )
        return activity
