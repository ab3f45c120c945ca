"""Course authoring for trainers: one screen per course (its lessons in learner order,
their status, reordering), submitting a course with its changed lessons as one unit for
approval, the approver's queue grouped by course, and duplicating a course as a template."""
