"""The standing authorization matrix: a hand-built world of two partnerships, the URL
patterns walked from the URL conf, the fillers that turn each into requests, and the
expected answer for every role (tests/test_authorization_matrix.py runs them)."""
