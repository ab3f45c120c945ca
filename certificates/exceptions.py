"""Errors for rejected certificate requests; views turn them into GOV.UK error summaries."""


class CertificateRejected(Exception):
    """A request about a certificate was refused; `field` names the form field at fault."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
