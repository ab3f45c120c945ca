"""Face-to-face and online training: events, their dated sessions, bookings, waiting lists,
line-manager approval, reminders and (with attendance) charges.

The event and index are Wagtail pages, but they live here in `learning`, not in `courses`:
an event names an owning partnership, eligible agencies and prerequisite courses, and
learning sits above courses in the import layers (courses may not import learning, and
string foreign keys from courses to learning would make a migration cycle).

Sessions are their own model (not an inline of the page) because bookings point at them:
modelcluster deletes and recreates inline children on every publish, which would lose or
orphan bookings. Trainers edit sessions through a scoped snippet viewset, and a session
that has bookings cannot be deleted (PROTECT).
"""
