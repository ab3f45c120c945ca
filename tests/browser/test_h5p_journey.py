"""A learner plays an H5P activity in a lesson: a wrong answer leaves the lesson incomplete,
a right one completes it; statements are stored for the launch token's learner; the state
resumes after a reload. A hostile package, played by an administrator, can read neither
the lesson page nor the site's cookies, nor call staff pages as them, and its SVG runs no
script in the site's origin. axe finds nothing on the pages visited."""

from __future__ import annotations

import json

import pytest
from allauth.mfa.models import Authenticator

from django.core.files.base import ContentFile

from courses.h5p.demo import build_package, demo_package_files
from learning.people.roles import Role
from learning.progress.models import LessonProgress
from learning.xapi.models import H5PResult, XAPIState, XAPIStatement
from tests.browser.signing_in import sign_in_by_cookie
from tests.factories import DEFAULT_PASSWORD, H5PActivityFactory, UserFactory
from tests.h5p.pages import lesson_with_activity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VERBS = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def sign_in(page, user) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/")


def quiz_frame(page):
    """The quiz, in our sandboxed player iframe."""
    return page.frame_locator("iframe.app-h5p__frame")


def answer(page, text: str) -> None:
    quiz = quiz_frame(page)
    quiz.get_by_label(text).check()
    quiz.get_by_role("button", name="Check answer").click()


def statements_for(learner, wait_for, count: int):
    return wait_for(lambda: XAPIStatement.objects.filter(learner=learner).count() >= count)


def test_learner_fails_then_passes_the_activity_and_completes_the_lesson(
    page, live_server, home_page, assert_accessible, wait_for
):
    learner = UserFactory()
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.8)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    sign_in(page, learner)

    page.goto(lesson.url)
    assert_accessible(page)
    quiz = quiz_frame(page)
    quiz.get_by_text("What should you do?").wait_for()

    answer(page, "Wait and see whether things improve by themselves")
    quiz.get_by_text("Not quite.").wait_for()
    assert statements_for(learner, wait_for, 2), console
    result = H5PResult.objects.get(learner=learner, activity=activity)
    assert result.best_scaled == 0
    assert not LessonProgress.objects.filter(
        learner=learner, lesson=lesson, completed_at__isnull=False
    ).exists()
    # Trying to complete the lesson now says what is missing.
    page.get_by_role("button", name="Complete this lesson").click()
    page.get_by_text(f"Score at least 80% in the activity '{activity.title}'").wait_for()
    assert_accessible(page)

    answer(page, "Record what you have seen and talk to your designated safeguarding lead today")
    quiz.get_by_text("Right: neglect is about a pattern.").wait_for()
    assert statements_for(learner, wait_for, 4), console
    assert wait_for(
        lambda: LessonProgress.objects.filter(
            learner=learner, lesson=lesson, completed_at__isnull=False
        ).exists()
    ), console

    # The choice was saved to the State resource, and comes back after a reload.
    def saved_choice():
        state = XAPIState.objects.filter(agent_key=f"user:{learner.pk}").first()
        return state and json.loads(bytes(state.content)).get("choice")

    assert wait_for(lambda: saved_choice() == 1), saved_choice()
    page.reload()
    page.get_by_text("Lesson completed").wait_for()

    stored = XAPIStatement.objects.filter(learner=learner)
    assert {s.verb for s in stored} == {VERBS + "answered", VERBS + "completed"}
    assert {s.data["actor"]["account"]["name"] for s in stored} == {str(learner.pk)}
    assert {s.object_id for s in stored} == {activity.iri}

    restored = quiz_frame(page).get_by_label(
        "Record what you have seen and talk to your designated safeguarding lead today"
    )
    restored.wait_for()
    assert restored.is_checked()
    assert_accessible(page)
    assert not [m for m in console if "Content Security Policy" in m], console


# --- A hostile package -------------------------------------------------------------------

# Runs as one of the package's library scripts: tries what the uploaded script in issue #12
# could do as the viewer, and writes what it managed into its own page.
HOSTILE_JS = """
(function () {
  var report = {};
  function attempt(name, read) {
    try { report[name] = "read: " + String(read()).slice(0, 300); }
    catch (error) { report[name] = "blocked: " + error.name; }
  }
  function fetchAttempt(name, url, options) {
    return fetch(url, options).then(
      function (response) {
        return response.text().then(function (text) {
          report[name] = "read: " + response.status + " " + text.slice(0, 300);
        });
      },
      function (error) { report[name] = "blocked: " + error.name; }
    );
  }
  attempt("parentDocument", function () {
    return window.parent.document.documentElement.outerHTML;
  });
  attempt("topDocument", function () { return window.top.document.cookie; });
  attempt("cookie", function () { return document.cookie; });
  attempt("topNavigation", function () {
    window.top.location.href = "/accounts/logout/";
    return "sent";
  });
  Promise.all([
    fetchAttempt("admin", "/admin/", { credentials: "include" }),
    fetchAttempt("certificatesManage", "/certificates/manage/", { credentials: "include" }),
    fetchAttempt("xapiWithSession", "/xapi/statements", {
      credentials: "include", headers: { "X-Experience-API-Version": "1.0.3" }
    })
  ]).then(function () {
    var out = document.createElement("pre");
    out.id = "hostile-report";
    out.textContent = JSON.stringify(report);
    document.body.appendChild(out);
  });
})();
"""

# An SVG whose script, if it ever ran, would beacon the site's cookies back to the site.
HOSTILE_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
<script>new Image().src = "/xapi/about?svg-script-ran=" + document.cookie;</script>
<rect width="10" height="10"/></svg>"""


def hostile_package() -> ContentFile:
    """The test library's quiz, with a hostile script in its library and an SVG in content/."""
    files = demo_package_files()
    library = json.loads(files["H5P.NeglectQuiz-1.0/library.json"])
    library["preloadedJs"].append({"path": "hostile.js"})
    files["H5P.NeglectQuiz-1.0/library.json"] = json.dumps(library).encode()
    files["H5P.NeglectQuiz-1.0/hostile.js"] = HOSTILE_JS.encode()
    files["content/hostile.svg"] = HOSTILE_SVG
    return ContentFile(build_package(files), name="hostile.h5p")


def test_hostile_package_cannot_act_as_the_administrator_viewing_it(
    page, live_server, home_page, assert_accessible
):
    admin = UserFactory(is_superuser=True, is_staff=True, agency=None)
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    activity = H5PActivityFactory(package=hostile_package())
    lesson = lesson_with_activity(home_page, activity)
    sign_in_by_cookie(page, admin)
    staff_requests: list[str] = []
    page.on(
        "request",
        lambda request: (
            staff_requests.append(request.url)
            if "/admin/" in request.url or "/certificates/manage/" in request.url
            else None
        ),
    )

    page.goto(lesson.url)
    # The administrator's own pages can read these: the viewer really has the rights.
    own = page.evaluate(
        "async () => [document.cookie.includes('csrftoken'),"
        " (await fetch('/certificates/manage/')).status]"
    )
    assert own == [True, 200]
    staff_requests.clear()

    player = quiz_frame(page)
    player.get_by_text("What should you do?").wait_for()
    report = json.loads(player.locator("#hostile-report").text_content(timeout=15_000))

    assert report == {
        "parentDocument": "blocked: SecurityError",
        "topDocument": "blocked: SecurityError",
        "cookie": "blocked: SecurityError",
        "topNavigation": "blocked: SecurityError",
        "admin": "blocked: TypeError",
        "certificatesManage": "blocked: TypeError",
        "xapiWithSession": "blocked: TypeError",
    }, report
    assert page.url.endswith(lesson.url)
    assert staff_requests == []  # the policy stopped them before they left the browser
    assert not XAPIStatement.objects.exists()
    assert_accessible(page)


def test_package_svg_runs_no_script_in_the_site_origin(
    page, live_server, home_page, assert_accessible
):
    learner = UserFactory()
    activity = H5PActivityFactory(package=hostile_package())
    lesson = lesson_with_activity(home_page, activity)
    sign_in_by_cookie(page, learner)
    page.goto(lesson.url)
    assert_accessible(page)
    folder = quiz_frame(page).locator("#h5p-player").get_attribute("data-h5p-json-path")
    svg_url = f"{live_server.url}{folder}/content/hostile.svg"
    beacons: list[str] = []
    page.on("request", lambda r: beacons.append(r.url) if "svg-script-ran" in r.url else None)

    # Opened directly, the file is a download, never a page of the site.
    with page.expect_download() as download:
        page.evaluate("url => { window.location.href = url; }", svg_url)
    assert download.value.suggested_filename == "hostile.svg"

    def open_without(headers: set[str]):
        def strip(route):
            response = route.fetch()
            kept = {k: v for k, v in response.headers.items() if k.lower() not in headers}
            route.fulfill(response=response, headers=kept)

        page.route(svg_url, strip)
        page.goto(svg_url)
        page.wait_for_timeout(1000)
        page.unroute(svg_url)

    # Even rendered (were it not a download), its policy's sandbox keeps its script off.
    open_without({"content-disposition"})
    assert beacons == []
    # The control: without that policy the same file's script does run.
    open_without({"content-disposition", "content-security-policy"})
    assert beacons, "the control should show the SVG's script running"


def test_trainer_previews_an_unplaced_activity_and_nothing_is_recorded(
    page, live_server, home_page, assert_accessible
):
    trainer = UserFactory(roles={Role.TRAINER})
    Authenticator.objects.create(user=trainer, type=Authenticator.Type.TOTP, data={"secret": "x"})
    activity = H5PActivityFactory()  # placed in no lesson
    sign_in_by_cookie(page, trainer)

    page.goto("/admin/snippets/courses/h5pactivity/")
    page.get_by_role("button", name=f"More options for '{activity.title}'").click()
    page.get_by_role("link", name="Preview").click()
    page.get_by_text("records nothing").first.wait_for()
    assert_accessible(page)
    frame = page.locator("iframe.app-h5p__frame")
    assert frame.get_attribute("sandbox") == "allow-scripts"
    answer(page, "Record what you have seen and talk to your designated safeguarding lead today")
    quiz_frame(page).get_by_text("Right: neglect is about a pattern.").wait_for()
    page.wait_for_timeout(1000)  # time for anything the player might have sent

    assert not XAPIStatement.objects.exists()
    assert not XAPIState.objects.exists()
    assert not H5PResult.objects.exists()
