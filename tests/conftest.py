"""Shared fixtures: the site tree, a real Celery worker, and a real browser with axe."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection
from django.http import HttpRequest
from django.test.client import ClientMixin

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _celery_lets_tests_wait_for_eager_results():
    """Celery marks "inside a task" in one process-wide flag while it runs a task eagerly,
    and restores the value it found. Two threads of a concurrency test running eager tasks
    at once can restore each other's "inside", leaving it set: a later test in the same
    process calling `.delay().get()` is then refused as if it were inside a task."""
    from celery._state import _set_task_join_will_block

    _set_task_join_will_block(False)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached fragments live in the cache: start every test empty."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# --- Signing in ----------------------------------------------------------------------

_django_force_login = ClientMixin.force_login


def _record_sign_in(client: ClientMixin, user) -> None:
    """Record in the client's session what allauth records when this person signs in on
    the site: their password and, when they have an authenticator, its code."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator

    request = HttpRequest()
    request.session = client.session
    request.user = user
    record_authentication(request, user, "password", email=user.email)
    second_factor = (
        Authenticator.objects.filter(user=user)
        .exclude(type=Authenticator.Type.RECOVERY_CODES)
        .first()
    )
    if second_factor is not None:
        record_authentication(request, user, "mfa", id=second_factor.pk, type=second_factor.type)
    request.session.save()


@pytest.fixture(autouse=True)
def _force_login_signs_in_as_the_site_does(monkeypatch):
    """Staff pages need a session that passed the second factor
    (`learning.people.middleware`). In this suite `client.force_login(user)` stands for a
    whole sign-in through allauth, second factor included when the user has one, so tests
    of other features need not repeat it; tests of the MFA rule itself use
    `login_without_second_factor`."""

    def force_login(self, user, backend=None):
        _django_force_login(self, user, backend)
        _record_sign_in(self, user)

    monkeypatch.setattr(ClientMixin, "force_login", force_login)


@pytest.fixture
def login_without_second_factor():
    """Sign a client in with nothing recorded by allauth: the session a password-only form
    (Django's admin, Wagtail's login) or a bare `login()` call leaves behind."""

    def login(client: ClientMixin, user) -> None:
        _django_force_login(client, user)

    return login


@pytest.fixture
def home_page(db):
    """The site's home page with footer pages, role groups and the approval workflow."""
    from cms.home.seed import seed_site
    from learning.people.services import roles_sync

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    return home


# --- A real Celery worker -------------------------------------------------------------


def _result_backend() -> str:
    broker = settings.CELERY_BROKER_URL
    if broker.startswith("redis://"):
        return os.environ.get("CELERY_RESULT_BACKEND", broker.rsplit("/", 1)[0] + "/1")
    path = ROOT / "var" / "celery" / "test-results"
    path.mkdir(parents=True, exist_ok=True)
    return f"file://{path}"


def _celery_env(backend: str) -> dict[str, str]:
    """The environment of a Celery process sharing this test run's database and broker."""
    env = os.environ.copy()
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        env["DATABASE_URL"] = f"sqlite:///{db['NAME']}"
    else:
        env["DATABASE_URL"] = (
            f"postgres://{db['USER'] or ''}{':' + db['PASSWORD'] if db['PASSWORD'] else ''}"
            f"@{db['HOST'] or ''}:{db['PORT'] or 5432}/{db['NAME']}"
        )
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        CELERY_TASK_ALWAYS_EAGER="false",
        CELERY_RESULT_BACKEND=backend,
        CELERY_BROKER_URL=settings.CELERY_BROKER_URL,
    )
    return env


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def celery_worker(transactional_db) -> Iterator[object]:
    """Start `celery worker` as a separate process on the configured broker (Redis in CI,
    the filesystem transport locally), connected to the test database.

    Tasks sent while this fixture is active go through the broker to that worker.
    """
    from cms.celery import app

    backend = _result_backend()
    previous = (app.conf.task_always_eager, app.conf.result_backend)
    app.conf.task_always_eager = False
    app.conf.result_backend = backend
    # Celery caches its result backend per thread on first use; an earlier eager test may
    # have cached the disabled one, which could not read this worker's results.
    app._backend_cache = None
    app._local.__dict__.pop("backend", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=_celery_env(backend),
    )
    try:
        result = app.send_task("cms.tasks.ping", args=["ready"])
        assert result.get(timeout=60) == "pong:ready"
        yield app
    finally:
        app.conf.task_always_eager, app.conf.result_backend = previous
        app._backend_cache = None
        app._local.__dict__.pop("backend", None)
        _stop(process)


@pytest.fixture
def celery_beat(celery_worker, tmp_path) -> Iterator[subprocess.Popen]:
    """Start `celery beat` (with the project's scheduler and schedule) beside the worker,
    on the same broker and test database, with a fresh schedule file."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "cms",
            "beat",
            "--loglevel=WARNING",
            f"--schedule={tmp_path / 'beat-schedule'}",
        ],
        cwd=ROOT,
        env=_celery_env(_result_backend()),
    )
    try:
        yield process
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """SQLite tests use a file, not memory, so a worker process can share the database."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        suffix = os.environ.get("PYTEST_XDIST_WORKER", "main")
        db.setdefault("TEST", {})["NAME"] = str(ROOT / "var" / f"test-{suffix}.sqlite3")


# --- A real browser, with axe-core -----------------------------------------------------

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SOURCE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright. Missing chromium fails the run: browser
    journeys are part of the suite, in CI and locally (`make test` installs it as root)."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: install it with `apt-get install chromium`."
        )
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab at desktop size; tests call `page.goto(live_server.url + path)`."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    _close_quietly(context, tab)


def _close_quietly(context, tab) -> None:
    """Leave the page (stopping its timers: the H5P player saves its state every few
    seconds) and give a request the live server is still answering time to commit, so the
    test's database flush never meets an open transaction (PostgreSQL reports a deadlock)."""
    tab.goto("about:blank")
    context.close()
    time.sleep(0.25)


@pytest.fixture
def phone_page(browser, live_server):
    """A fresh tab at a phone's size and touch, for the mobile-first public section."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    _close_quietly(context, tab)


def axe_violations(page, within: str | None = None) -> list[dict]:
    """Run axe-core (WCAG 2.2 A and AA rules) on the page as it is now, or only on the
    part `within` (a CSS selector) selects."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE.read_text())
    return page.evaluate(
        "async ([tags, within]) => (await axe.run(within ? {include: [[within]]} : document,"
        " {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))",
        [AXE_TAGS, within],
    )


@pytest.fixture
def assert_accessible():
    """Call with a page: fails with axe's findings if there is any WCAG 2.2 A/AA violation.
    `within` checks only part of it: new parts of a Wagtail screen (its page editor has an
    axe finding of its own, aria-input-field-name on Draftail fields)."""

    def check(page, within: str | None = None) -> None:
        violations = axe_violations(page, within)
        assert violations == [], f"axe found violations on {page.url}: {violations}"

    return check


@pytest.fixture
def wait_for():
    """Poll a condition (e.g. a row written by a worker) for up to `timeout` seconds."""

    def wait(condition, timeout: float = 30.0, interval: float = 0.2):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(interval)
        return condition()

    return wait


def pytest_collection_modifyitems(config, items) -> None:
    """Races need a database with concurrent writers: SQLite (the local default) locks the
    whole file, so `postgresql` tests run only on PostgreSQL, as in CI."""
    if connection.vendor == "postgresql":
        return
    reason = "needs PostgreSQL (set DATABASE_URL, as CI does)"
    for item in items:
        if item.get_closest_marker("postgresql"):
            item.add_marker(pytest.mark.skip(reason=reason))
