"""The Content Security Policy, with the one relaxation Wagtail's admin needs."""

from __future__ import annotations

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

from django.http import HttpRequest, HttpResponseBase


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Strict everywhere; Wagtail's admin sets inline styles, so its pages may too."""

    ADMIN_PREFIXES = ("/admin/",)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(self.ADMIN_PREFIXES):
            update = dict(parts.update or {})
            update["style-src"] = [UNSAFE_INLINE]
            parts.update = update
        return parts
