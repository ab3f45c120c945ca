"""Signals training sends, so `learning` never imports upward.

`session_attended` is sent with `booking` after the transaction that first marked it
attended (in full) commits; certificates listen and issue a certificate of attendance.
"""

from django.dispatch import Signal

#: sent with `booking` (a Booking just marked attended), after commit
session_attended = Signal()
