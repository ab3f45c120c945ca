"""Each partnership's local arrangements (its assessment tool, threshold document,
escalation policy and training booking page), kept by its managers in the admin, and the
`local_insert` hook that answers the local insert blocks of shared content with them and
the partnership's area contacts (its front-door numbers). See courses.local_inserts."""
