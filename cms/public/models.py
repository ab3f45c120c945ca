"""The public "Spot the signs" section at /spot-the-signs/: its pages, the postcode
finder, the open course for people without an account, and the area contacts each
partnership keeps up to date in the admin.

Pages are thin: they parse the request, call cms.public or learning.public, and render.
No page here needs a login; none needs JavaScript.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.public.blocks import ActionLetterBlock, PublicStreamBlock
from cms.public.finder import (
    PostcodeRejected,
    areas_by_partnership,
    contacts_for_postcode,
    districts_parse,
    postcode_normalise,
)
from cms.public.open_course import (
    certificate_download,
    complete,
    final_check,
    join,
    lesson,
    overview,
)
from cms.public.printables import printable_pdf
from learning.people.models import Partnership
from learning.public.selectors import employer_completions_by_month, employer_named_completions
from learning.public.services import EmployerReportRejected, employer_for_report_token

PUBLIC_INTRO_FEATURES = ["bold", "italic", "link", "ul"]


class AreaContact(index.Indexed, models.Model):
    """The children's services "front door" for one area: who to call, in and out of
    hours, and the postcode districts it covers. Kept by the area's partnership."""

    partnership = models.ForeignKey(
        "learning.Partnership", on_delete=models.CASCADE, related_name="area_contacts"
    )
    area_name = models.CharField(max_length=100, help_text="The council area, e.g. 'Merton'.")
    service_name = models.CharField(
        max_length=200, help_text="What the team is called, e.g. 'Children and Families Hub'."
    )
    phone_in_hours = models.CharField("phone in office hours", max_length=40, blank=True)
    phone_out_of_hours = models.CharField("phone out of hours", max_length=40, blank=True)
    web_form_url = models.URLField("web form or page", blank=True)
    link_kind = models.CharField(
        "what the link is",
        max_length=20,
        choices=[
            ("form", "A form anyone can use to report a concern"),
            ("information", "A page with more information"),
        ],
        default="information",
        help_text="The link is labelled 'Report online' only when it is a form the public "
        "can fill in; otherwise 'More information'.",
    )
    postcode_districts = models.TextField(
        help_text="The first part of each postcode this area covers, e.g. 'WS1, WS2, B43'. "
        "A district shared with another area may be listed under both."
    )
    source = models.TextField(
        "source note",
        blank=True,
        help_text="Where each number and link comes from, and anything still to check "
        "(not shown to the public).",
    )
    confirmed_on = models.DateField(
        null=True,
        blank=True,
        help_text="The day a manager checked these numbers and the link with the council. "
        "Leave it empty until then: the contact shows as 'to confirm'.",
    )

    panels = [
        FieldPanel("partnership"),
        FieldPanel("area_name"),
        FieldPanel("service_name"),
        MultiFieldPanel(
            [
                FieldPanel("phone_in_hours"),
                FieldPanel("phone_out_of_hours"),
                FieldPanel("web_form_url"),
                FieldPanel("link_kind"),
            ],
            heading="How to report",
        ),
        FieldPanel("postcode_districts"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("confirmed_on")],
            heading="Where the details come from",
        ),
    ]
    search_fields = [
        index.SearchField("area_name"),
        index.AutocompleteField("area_name"),
        index.SearchField("postcode_districts"),
        index.FilterField("partnership_id"),
    ]

    class Meta:
        ordering = ["area_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "area_name"], name="area_contact_unique_in_partnership"
            )
        ]

    def __str__(self) -> str:
        return self.area_name

    def save(self, *args, **kwargs) -> None:
        # Stored one way (upper case, space separated) so that lookups are exact.
        self.postcode_districts = " ".join(districts_parse(self.postcode_districts))
        super().save(*args, **kwargs)

    @property
    def has_daytime_number(self) -> bool:
        return bool(self.phone_in_hours.strip())

    @property
    def is_to_confirm(self) -> bool:
        return self.confirmed_on is None

    @property
    def is_report_form(self) -> bool:
        return bool(self.web_form_url) and self.link_kind == "form"

    def checked_status(self) -> str:
        """For the admin listing: 'To confirm', or the day a manager confirmed it."""
        if self.confirmed_on is None:
            return "To confirm"
        return f"Confirmed {self.confirmed_on.day} {self.confirmed_on:%b %Y}"

    checked_status.short_description = "Checked"  # type: ignore[attr-defined]

    @property
    def district_list(self) -> list[str]:
        return self.postcode_districts.split()

    def clean(self) -> None:
        try:
            districts = districts_parse(self.postcode_districts)
        except PostcodeRejected as error:
            raise ValidationError({"postcode_districts": error.message}) from None
        if not districts:
            raise ValidationError({"postcode_districts": "Enter at least one postcode district"})
        if not (self.phone_in_hours or self.phone_out_of_hours or self.web_form_url):
            raise ValidationError(
                {"phone_in_hours": "Enter at least one phone number or a web form address"}
            )
        self.postcode_districts = " ".join(districts)


class PublicPageMixin:
    """Shared by every page in the section: the landing page and its pages for navigation."""

    def section_root(self):
        if isinstance(self, SpotTheSignsPage):
            return self
        return SpotTheSignsPage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        root = self.section_root()
        context["section_root"] = root
        # Named wherever an area has no daytime number, and for postcodes no area covers.
        context["fallback"] = settings.PUBLIC_NATIONAL_FALLBACK
        context["section_pages"] = (
            root.get_children().live().public().specific() if root is not None else []
        )
        return context


class SpotTheSignsPage(PublicPageMixin, RoutablePageMixin, Page):
    """The landing page at /spot-the-signs/, framed by ACTION; the employer's private
    report link lives under it too."""

    intro = RichTextField(features=PUBLIC_INTRO_FEATURES)
    action = StreamField([("letter", ActionLetterBlock())], use_json_field=True, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image_alt = models.CharField(max_length=200, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("action"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading="Image"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.SpotTheSignsSectionPage", "cms.ReportConcernPage", "cms.OpenCoursePage"]
    max_count = 1
    template = "cms/public/landing_page.html"

    class Meta:
        verbose_name = "spot the signs landing page"

    @path("")
    def landing(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @path("employer-report/<str:token>/", name="employer_report")
    def employer_report(self, request: HttpRequest, token: str) -> HttpResponse:
        """The employer contact's private report: completions by month, and names only
        where a worker chose to type one."""

        try:
            employer = employer_for_report_token(token=token)
        except EmployerReportRejected:
            response = self.render(
                request,
                template="cms/public/employer_report_invalid.html",
                context_overrides={"title": "This report link is not valid"},
            )
            response.status_code = 404
            return response
        response = self.render(
            request,
            template="cms/public/employer_report.html",
            context_overrides={
                "employer": employer,
                "months": employer_completions_by_month(employer=employer),
                "named": employer_named_completions(employer=employer),
            },
        )
        # A private page: never cached, never indexed, never sent on as a Referer.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
        return response


class SpotTheSignsSectionPage(PublicPageMixin, Page):
    """A page of the section: what to look for, what to do, what happens next."""

    summary = models.CharField(max_length=200, help_text="One line shown on the landing page.")
    body = StreamField(PublicStreamBlock(), use_json_field=True)
    sources = models.TextField(
        blank=True, help_text="The documents this page is based on, one per line."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("sources"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["cms.SpotTheSignsPage"]
    subpage_types: list[str] = []
    template = "cms/public/section_page.html"

    class Meta:
        verbose_name = "spot the signs page"

    @property
    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]


class ReportConcernPage(PublicPageMixin, RoutablePageMixin, Page):
    """Report a concern where you are: a postcode finder and a list of areas.

    The postcode is sent by POST so it never appears in a URL or an access log, and the
    answer is never cached.
    """

    summary = models.CharField(max_length=200)
    intro = RichTextField(features=PUBLIC_INTRO_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("intro")]
    parent_page_types = ["cms.SpotTheSignsPage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "cms/public/report_concern_page.html"

    class Meta:
        verbose_name = "report a concern page"

    @path("")
    def finder(self, request: HttpRequest) -> HttpResponse:
        context: dict = {}
        status = 200
        if request.method == "POST":
            raw = request.POST.get("postcode", "")
            try:
                context["result"] = contacts_for_postcode(postcode=postcode_normalise(raw))
            except PostcodeRejected as error:
                context["error"] = error.message
                context["postcode_value"] = raw[:20]
                status = 400
        response = self.render(request, context_overrides=context)
        response.status_code = status
        if request.method == "POST":
            add_never_cache_headers(response)
        return response

    @path("areas/", name="areas")
    def areas(self, request: HttpRequest) -> HttpResponse:
        return self.render(
            request,
            template="cms/public/areas.html",
            context_overrides={
                "groups": areas_by_partnership(),
                "fallback": settings.PUBLIC_NATIONAL_FALLBACK,
            },
        )

    @path("areas/<slug:partnership>/<slug:kind>/", name="printable")
    def printable(self, request: HttpRequest, partnership: str, kind: str) -> HttpResponse:
        """The A4 poster or pocket card (PDF) for one partnership, from its area contacts.

        Wagtail's routes end in a slash, so the address is .../poster/ or .../card/.
        """

        if kind not in ("poster", "card"):
            raise Http404
        partnership_obj = get_object_or_404(
            Partnership.objects.filter(area_contacts__isnull=False).distinct(), slug=partnership
        )
        root = self.section_root()
        pdf = printable_pdf(
            kind=kind,
            partnership=partnership_obj,
            section_url=request.build_absolute_uri(root.url if root else "/"),
            finder_url=request.build_absolute_uri(self.url),
            action=[block.value for block in root.action] if root else [],
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'inline; filename="spot-the-signs-{partnership_obj.slug}-{kind}.pdf"'
        )
        return response


class OpenCoursePage(PublicPageMixin, RoutablePageMixin, Page):
    """The open course for people who visit homes, taken without an account.

    The lessons, the final check's question bank and its pass mark are the linked
    course's (edited like any course, with the courses app's blocks); progress lives in
    the visitor's session; a pass is recorded once per visitor, counted for their
    employer if they came with a code or link.
    """

    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The course whose lessons this page serves to the public.",
    )
    intro = RichTextField(features=PUBLIC_INTRO_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("course"), FieldPanel("intro")]
    parent_page_types = ["cms.SpotTheSignsPage"]
    subpage_types: list[str] = []
    template = "cms/public/open_course_page.html"

    class Meta:
        verbose_name = "open course page"

    # The views live in cms.public_course so this module stays about the models.
    @path("")
    def overview(self, request: HttpRequest) -> HttpResponse:
        return overview(self, request)

    @path("join/<str:token>/", name="join")
    def join(self, request: HttpRequest, token: str) -> HttpResponse:
        return join(self, request, token)

    @path("lessons/<slug:lesson_slug>/", name="lesson")
    def lesson(self, request: HttpRequest, lesson_slug: str) -> HttpResponse:
        return lesson(self, request, lesson_slug)

    @path("final-check/", name="final_check")
    def final_check_view(self, request: HttpRequest) -> HttpResponse:
        return final_check(self, request)

    @path("complete/", name="complete")
    def complete(self, request: HttpRequest) -> HttpResponse:
        return complete(self, request)

    @path("certificate/", name="certificate")
    def certificate(self, request: HttpRequest) -> HttpResponse:
        return certificate_download(self, request)

    def lessons(self) -> list:
        return list(self.course.lessons()) if self.course_id else []

    def redirect_to(self, route: str = "", **kwargs) -> HttpResponseRedirect:
        url = self.url + (self.reverse_subpage(route, kwargs=kwargs) if route else "")
        return HttpResponseRedirect(url)

    def render_view(self, request, template: str, context: dict, status: int = 200):
        response: TemplateResponse = self.render(
            request, template=template, context_overrides=context
        )
        response.status_code = status
        add_never_cache_headers(response)
        return response
