"""Pages about certificates: public verification, the owner's download and re-issue, and
revocation and bulk download for leads and managers. Views stay thin: services decide."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from certificates.codes import is_well_formed, normalise_code
from certificates.exceptions import CertificateRejected
from certificates.forms import ExportForm, NameForm, RevokeForm, VerifyForm
from certificates.models import Certificate, CertificateExport
from certificates.selectors import (
    certificate_exports_for,
    certificate_for_verification,
    certificates_in_scope,
)
from certificates.services import (
    certificate_export_request,
    certificate_name_change,
    certificate_reissue,
    certificate_revoke,
)
from learning.people.scope import scope_for


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _rate_limited(request: HttpRequest) -> bool:
    """A fixed one-minute window per IP address, counted in Django's cache."""
    key = f"certificates:verify:{_client_ip(request)}"
    cache.add(key, 0, timeout=60)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=60)
        count = 1
    return count > settings.CERTIFICATES_VERIFY_RATE_LIMIT


def _too_many(request: HttpRequest) -> HttpResponse:
    response = render(request, "certificates/verify_rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


@require_http_methods(["GET"])
def verify_form(request: HttpRequest) -> HttpResponse:
    """Type a code from a certificate; a well-formed code goes on to its result page."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    if form.is_bound and form.is_valid():
        return redirect("certificates:verify_code", code=form.cleaned_data["code"])
    return render(request, "certificates/verify_form.html", {"form": form})


@never_cache
@require_http_methods(["GET"])
def verify_code(request: HttpRequest, code: str) -> HttpResponse:
    """Public: whether a certificate is valid, expired, revoked or superseded, with only the
    name, course and dates printed on it."""
    if _rate_limited(request):
        return _too_many(request)
    normalised = normalise_code(code)
    if normalised != code and is_well_formed(normalised):
        return redirect("certificates:verify_code", code=normalised)
    certificate = certificate_for_verification(code=code)
    if certificate is None:
        return render(
            request, "certificates/verify_not_found.html", {"code": code[:40]}, status=404
        )
    response = render(
        request,
        "certificates/verify_result.html",
        {"certificate": certificate, "status": certificate.status},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    """The learner's own PDF, exactly as stored at issue."""
    certificate = get_object_or_404(Certificate, pk=pk, learner=request.user)
    if not certificate.pdf:
        raise Http404("This certificate is still being prepared. Try again in a minute.")
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_http_methods(["GET", "POST"])
def reissue(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = get_object_or_404(
        Certificate, pk=pk, learner=request.user, superseded_at__isnull=True
    )
    error = None
    if request.method == "POST":
        try:
            new = certificate_reissue(certificate=certificate, requested_by=request.user)
        except CertificateRejected as exc:
            error = exc.message
        else:
            messages.success(
                request,
                f"Your new certificate for {new.course_title} is being prepared. Your old "
                "certificate is marked as replaced.",
            )
            return redirect("learning:my_learning")
    return render(
        request,
        "certificates/reissue.html",
        {"certificate": certificate, "error": error},
        status=400 if error else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def name_change(request: HttpRequest) -> HttpResponse:
    """Change the name printed on certificates; current certificates are re-issued in it."""
    user = request.user
    form = NameForm(
        request.POST or None, initial={"first_name": user.first_name, "last_name": user.last_name}
    )
    if request.method == "POST" and form.is_valid():
        try:
            reissued = certificate_name_change(learner=user, **form.cleaned_data)
        except CertificateRejected as exc:
            form.add_error(exc.field, exc.message)
        else:
            count = len(reissued)
            messages.success(
                request,
                f"Your name is now {user.get_full_name()}."
                + (
                    f" {count} new certificate{'s are' if count != 1 else ' is'} being prepared."
                    if count
                    else ""
                ),
            )
            return redirect("learning:my_learning")
    return render(
        request, "certificates/name_change.html", {"form": form}, status=400 if form.errors else 200
    )


def _require_scope(request: HttpRequest):
    scope = scope_for(request.user)
    if scope.is_empty:
        raise PermissionDenied("Only agency leads and partnership managers can see this page.")
    return scope


@login_required
def manage(request: HttpRequest) -> HttpResponse:
    """Certificates in the lead's or manager's scope, with revoke links and the ZIP form."""
    scope = _require_scope(request)
    search = request.GET.get("q", "").strip()[:100]
    page = Paginator(certificates_in_scope(user=request.user, search=search), 50).get_page(
        request.GET.get("page")
    )
    form = ExportForm(user=request.user, scope=scope)
    return render(
        request,
        "certificates/manage.html",
        {
            "page": page,
            "search": search,
            "form": form,
            "exports": certificate_exports_for(user=request.user)[:5],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    _require_scope(request)
    # Looking it up inside the scope turns someone else's certificate into a 404.
    certificate = get_object_or_404(certificates_in_scope(user=request.user), pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate,
                revoked_by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except CertificateRejected as exc:
            form.add_error(exc.field, exc.message)
        else:
            messages.success(
                request,
                f"The certificate for {certificate.learner_name} ({certificate.display_code}) "
                "is revoked.",
            )
            return redirect("certificates:manage")
    return render(
        request,
        "certificates/revoke.html",
        {"certificate": certificate, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["POST"])
def export_create(request: HttpRequest) -> HttpResponse:
    scope = _require_scope(request)
    form = ExportForm(request.POST, user=request.user, scope=scope)
    if form.is_valid():
        try:
            export = certificate_export_request(requested_by=request.user, **form.cleaned_data)
        except CertificateRejected as exc:
            form.add_error(exc.field, exc.message)
        else:
            return redirect("certificates:export_detail", pk=export.pk)
    page = Paginator(certificates_in_scope(user=request.user), 50).get_page(1)
    return render(
        request,
        "certificates/manage.html",
        {
            "page": page,
            "search": "",
            "form": form,
            "exports": certificate_exports_for(user=request.user)[:5],
        },
        status=400,
    )


@never_cache
@login_required
def export_detail(request: HttpRequest, pk: int) -> HttpResponse:
    export = get_object_or_404(certificate_exports_for(user=request.user), pk=pk)
    return render(request, "certificates/export_detail.html", {"export": export})


@login_required
def export_download(request: HttpRequest, pk: int) -> FileResponse:
    export = get_object_or_404(
        certificate_exports_for(user=request.user), pk=pk, state=CertificateExport.State.READY
    )
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=f"certificates-{export.pk}.zip",
        content_type="application/zip",
    )
