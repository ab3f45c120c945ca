"""Signals training sends, so `learning` never imports upward.

`session_attended` is sent with `booking` after the transaction that first marked it
attended (in full) commits; certificates listen and issue a certificate of attendance.
`session_unattended` is sent with `booking` and `by` after the transaction that changed
an attended booking to another outcome commits; certificates listen and revoke the
certificate of attendance ("attendance corrected").
"""

from django.dispatch import Signal

#: sent with `booking` (a Booking just marked attended), after commit
session_attended = Signal()

#: sent with `booking` (a Booking no longer marked attended) and `by` (who corrected it),
#: after commit
session_unattended = Signal()
