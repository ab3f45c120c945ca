"""Signals other apps listen to, so `learning` never imports upward.

`course_completed` is sent after the transaction that created a CourseCompletion commits
(certificates listen to it and issue a certificate).
"""

from django.dispatch import Signal

#: sent with `completion` (a CourseCompletion), after commit
course_completed = Signal()
