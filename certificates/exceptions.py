"""Input `certificates` refuses; the shape is `courses.exceptions.Rejected` (message,
field, errors, field_errors), so views show every rejection the same way."""

from courses.exceptions import Rejected


class CertificateRejected(Rejected):
    """A request about a certificate was refused; `field` names the form field at fault."""
