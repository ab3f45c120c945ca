"""Pages about certificates: public verification, downloads (the owner, or a lead or
manager in scope), changes of name (asked by the learner, decided by their lead or
manager), revocation and bulk download. Views stay thin: services decide."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from certificates.codes import display_code, is_well_formed, normalise_code
from certificates.exceptions import CertificateRejected
from certificates.forms import (
    ExportForm,
    NameChangeDecisionForm,
    NameForm,
    RevokeForm,
    VerifyForm,
)
from certificates.models import Certificate
from certificates.selectors import (
    certificate_exports_for,
    certificate_for_verification,
    certificate_is_downloadable_by,
    certificates_in_scope,
    name_change_requests_in_scope,
    name_change_requests_of,
    name_change_requests_pending,
)
from certificates.services import (
    certificate_export_open,
    certificate_export_request,
    certificate_file_open,
    certificate_reissue_request,
    certificate_revoke,
    name_change_approve,
    name_change_decline,
    name_change_request,
    name_change_withdraw,
)
from learning.people.scope import scope_for
from learning.people.throttle import attempts_record


def _rate_limited(request: HttpRequest) -> bool:
    """A fixed one-minute window per client address (behind TRUSTED_PROXY_COUNT proxies)."""
    count = attempts_record(request, bucket="certificates-verify")
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
        # Echo the code as it is printed (with hyphens) when it has a code's shape.
        shown = display_code(normalised) if is_well_formed(normalised) else code[:40]
        return render(request, "certificates/verify_not_found.html", {"code": shown}, status=404)
    response = render(
        request,
        "certificates/verify_result.html",
        {"certificate": certificate, "status": certificate.status},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    """The PDF exactly as stored at issue: for its owner, or a lead or manager in scope.
    Files live in the private storage, so this view is the only way to them."""
    certificate = get_object_or_404(Certificate, pk=pk)
    if not certificate_is_downloadable_by(certificate=certificate, user=request.user):
        raise PermissionDenied("You can only download your own certificates.")
    try:
        handle = certificate_file_open(certificate=certificate, opened_by=request.user)
    except CertificateRejected as exc:
        raise Http404(exc.message) from None
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_http_methods(["GET", "POST"])
def reissue(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask for a certificate in the account's current name; a lead or manager approves."""
    certificate = get_object_or_404(
        Certificate, pk=pk, learner=request.user, superseded_at__isnull=True
    )
    error = None
    if request.method == "POST":
        try:
            certificate_reissue_request(certificate=certificate, requested_by=request.user)
        except CertificateRejected as exc:
            error = exc.message
        else:
            messages.success(
                request,
                "Your request for a certificate in your current name has been sent to your "
                "agency lead for approval.",
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
    """Change the name printed on certificates: at once if none is issued yet, otherwise
    once the learner's agency lead or partnership manager approves."""
    user = request.user
    form = NameForm(
        request.POST or None, initial={"first_name": user.first_name, "last_name": user.last_name}
    )
    if request.method == "POST" and form.is_valid():
        try:
            change = name_change_request(learner=user, **form.cleaned_data)
        except CertificateRejected as exc:
            form.add_error(exc.field, exc.message)
        else:
            if change is None:
                user.refresh_from_db()
                messages.success(request, f"Your name is now {user.get_full_name()}.")
            else:
                messages.success(
                    request,
                    f"Your request to change your name to {change.new_name} has been sent to "
                    "your agency lead. Your certificates will be issued again in the new "
                    "name once it is approved.",
                )
            return redirect("learning:my_learning")
    return render(
        request,
        "certificates/name_change.html",
        {"form": form, "requests": name_change_requests_of(learner=user)[:10]},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["POST"])
def name_change_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    change = get_object_or_404(name_change_requests_of(learner=request.user), pk=pk)
    try:
        name_change_withdraw(request=change, learner=request.user)
    except CertificateRejected as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, f"Your request to change your name to {change.new_name} is withdrawn."
        )
    return redirect("certificates:name_change")


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
            "name_changes": name_change_requests_pending(user=request.user)[:50],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def name_change_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """A lead or manager approves or declines a change of name for someone in scope."""
    _require_scope(request)
    # Looked up inside the scope (never one's own), so anyone else's is a 404.
    change = get_object_or_404(name_change_requests_in_scope(user=request.user), pk=pk)
    form = NameChangeDecisionForm(request.POST or None)
    if request.method == "POST" and change.is_pending and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                reissued = name_change_approve(request=change, decided_by=request.user)
                count = len(reissued)
                text = (
                    f"The change of name to {change.new_name} is approved. {count} "
                    f"certificate{'s are' if count != 1 else ' is'} being issued again."
                )
            else:
                name_change_decline(
                    request=change, decided_by=request.user, reason=form.cleaned_data["reason"]
                )
                text = f"The change of name to {change.new_name} is declined."
        except CertificateRejected as exc:
            form.add_error(exc.field, exc.message)
        else:
            messages.success(request, text)
            return redirect("certificates:manage")
    return render(
        request,
        "certificates/name_change_decide.html",
        {"change": change, "form": form},
        status=400 if form.errors else 200,
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
            "name_changes": name_change_requests_pending(user=request.user)[:50],
        },
        status=400,
    )


@never_cache
@login_required
def export_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_scope(request)
    export = get_object_or_404(certificate_exports_for(user=request.user), pk=pk)
    return render(request, "certificates/export_detail.html", {"export": export})


@never_cache
@login_required
def export_download(request: HttpRequest, pk: int) -> HttpResponse:
    _require_scope(request)
    export = get_object_or_404(certificate_exports_for(user=request.user), pk=pk)
    try:
        handle = certificate_export_open(export=export, opened_by=request.user)
    except CertificateRejected:
        # Expired (its file deleted) or not built: the page says which.
        status = 410 if export.is_expired else 404
        return render(request, "certificates/export_detail.html", {"export": export}, status=status)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"certificates-{export.requested_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )
