"""Signals licences send, so `learning` never imports upward.

`licence_granted` is sent with `licence` after the transaction that granted or renewed it
commits; certificates listen and issue the licence certificate (a renewal supersedes the
old one, whose renew-by date it printed). `licence_revoked` is sent with `licence` and
`by` after a revocation commits; certificates revoke the licence certificate.
"""

from django.dispatch import Signal

#: sent with `licence` (granted or renewed), after commit
licence_granted = Signal()

#: sent with `licence` (just revoked) and `by` (who revoked it), after commit
licence_revoked = Signal()
