"""The attendance register of a training session: trainers of the owning partnership (and
its managers, and administrators) mark each booked person attended, attended part, did
not attend or cancelled late, on the day, or import a sign-in sheet CSV.

Marking someone attended in full completes the event for them: `session_attended` is sent
after commit and `certificates` issues a certificate of attendance; coverage KPIs that
count training count them from the session's date.
"""
