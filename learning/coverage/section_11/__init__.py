"""The Section 11 training return: one agency's training for a financial year, for the
annual safeguarding self-assessment (Children Act 2004, section 11)."""
