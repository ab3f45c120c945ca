"""Signals other apps listen to, so `learning` never imports upward.

`course_completed` is sent after the transaction that created a CourseCompletion commits
(certificates listen to it and issue a certificate). `lesson_completed` is sent after a
lesson is first completed (courses listen to it to complete a course).
"""

from django.dispatch import Signal

#: sent with `progress` (a LessonProgress) when a lesson is first completed, after commit
lesson_completed = Signal()

#: sent with `completion` (a CourseCompletion), after commit
course_completed = Signal()
