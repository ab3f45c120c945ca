"""Personal data: what the platform holds about a person, erasing it on request or after
years without sign-in, and the audit log of who did what to whose record, for managers.

Each feature says what it holds about a person, and how it forgets it, by registering a
`PersonalDataProvider` with the `register_personal_data` hook in its `wagtail_hooks.py`
(features above `learning`, such as certificates, can only be reached that way). The
retention policy is in the README ("Personal data and retention").
"""
