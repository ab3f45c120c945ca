"""Course results for trainers: how learners are doing on the courses a partnership owns."""
