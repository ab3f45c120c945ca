"""Signals of evaluation, so `learning` never imports upward.

`evaluation_submitted` is sent after the transaction that saved a response commits, with
`response` (an EvaluationResponse): certificates listen to it and issue a certificate the
evaluation was holding back.
"""

from django.dispatch import Signal

#: sent with `response` (an EvaluationResponse), after commit
evaluation_submitted = Signal()
