"""Certificates, their PDFs, verification and reminders."""
