"""Wagtail imports `<app>.wagtail_hooks` of each app. Each feature of `learning` registers its
hooks, snippets and admin views in its own `wagtail_hooks` module, listed here."""

from learning.briefings import wagtail_hooks as briefings  # noqa: F401
from learning.course_results import wagtail_hooks as course_results  # noqa: F401
from learning.coverage import wagtail_hooks as coverage  # noqa: F401
from learning.evaluation import wagtail_hooks as evaluation  # noqa: F401
from learning.indicators import wagtail_hooks as indicators  # noqa: F401
from learning.licences import wagtail_hooks as licences  # noqa: F401
from learning.people import wagtail_hooks as people  # noqa: F401
from learning.privacy import wagtail_hooks as privacy  # noqa: F401
from learning.progress import wagtail_hooks as progress  # noqa: F401
from learning.training import wagtail_hooks as training  # noqa: F401
from learning.training.attendance import wagtail_hooks as training_attendance  # noqa: F401
from learning.training.charges import wagtail_hooks as training_charges  # noqa: F401
from learning.xapi import wagtail_hooks as xapi  # noqa: F401
