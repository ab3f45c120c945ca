"""Licences: who may use a licensed tool (GCP2, WeCAN, others a partnership adds).

A practitioner may use GCP2 only after licensed training, so "trained to use GCP2" is a
licence held, not an e-learning completed. A licence type (a snippet) says what grants
it: attending in full a session of one of its events, optionally after completing named
e-learning. The register (`Licence`) records each grant with its evidence (the booking
and the completion) or the manager and reason, its renew-by date and its revocation.

Licensed-only resources (`/resources/<slug>/`) are for holders of an active licence; the
documents of a licence type's collection are refused by Wagtail's document view to
everyone else (`wagtail_hooks.before_serve_document`).

Layering: licences sits above training, progress and people (it listens to
`session_attended`), below my_learning and coverage, which import it. Certificates (the
layer above `learning`) listen to `licence_granted` / `licence_revoked` to issue and
withdraw the licence certificate.
"""
