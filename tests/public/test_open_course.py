"""The open course without an account: progress in the session, a pass counted once per
visitor, for their employer when they came with a code or link."""

from __future__ import annotations

import datetime

import pytest

from django.utils import timezone

from cms.public.seed_content import OPEN_COURSE

from .conftest import COURSE

pytestmark = pytest.mark.django_db

FINAL = COURSE + "final-check/"
COMPLETE = COURSE + "complete/"


def _bank(course_page):
    return list(course_page.course.assessment_questions)


def _right_answers(course_page) -> dict[str, list[str]]:
    """Right answers to every question in the bank (the draw is a subset, any order)."""
    return {
        f"q-{block.id}": [str(j) for j, o in enumerate(block.value["options"]) if o["correct"]]
        for block in _bank(course_page)
    }


def _wrong_answers(course_page) -> dict[str, list[str]]:
    return {
        f"q-{block.id}": [
            next(str(j) for j, o in enumerate(block.value["options"]) if not o["correct"])
        ]
        for block in _bank(course_page)
    }


def _read_all_lessons(client, course_page) -> None:
    for lesson in course_page.lessons():
        response = client.get(f"{COURSE}lessons/{lesson.slug}/")
        assert response.status_code == 200


def _complete(client, course_page):
    _read_all_lessons(client, course_page)
    return client.post(FINAL, _right_answers(course_page))


def test_the_course_has_the_seeded_lessons_and_a_short_final_check(open_course):
    lessons = open_course.lessons()
    assert [lesson.slug for lesson in lessons] == [le["slug"] for le in OPEN_COURSE["lessons"]]
    assert 3 <= len(lessons) <= 4
    course = open_course.course
    assert course.questions_per_attempt == OPEN_COURSE["assessment"]["questions_per_attempt"]
    assert len(course.assessment_questions) == len(OPEN_COURSE["assessment"]["questions"])
    assert course.audience == "public"
    assert course.pass_mark == 80


def test_completed_without_an_account_and_without_a_code_counts_once(client, open_course):
    from learning.public.models import OpenCourseCompletion

    response = _complete(client, open_course)
    assert response.status_code == 302
    assert response["Location"] == COMPLETE
    completion = OpenCourseCompletion.objects.get()
    assert completion.employer is None
    assert completion.score == 100
    assert completion.name == ""
    page = client.get(COMPLETE).content.decode()
    assert "You have completed the course" in page


def test_repeated_completion_posts_from_one_session_never_double_count(client, open_course):
    from learning.public.models import OpenCourseCompletion

    _complete(client, open_course)
    for _ in range(3):
        response = client.post(FINAL, _right_answers(open_course))
        assert response.status_code == 302
    assert OpenCourseCompletion.objects.count() == 1


def test_two_visitors_are_two_completions(client, open_course):
    from django.test import Client

    from learning.public.models import OpenCourseCompletion

    _complete(client, open_course)
    _complete(Client(), open_course)
    assert OpenCourseCompletion.objects.count() == 2


def test_completion_is_recorded_once_even_when_posted_concurrently(open_course):
    from learning.public.models import OpenCourseCompletion
    from learning.public.services import open_course_completion_record

    first, created_first = open_course_completion_record(
        course=open_course.course, visitor_key="same-visitor"
    )
    second, created_second = open_course_completion_record(
        course=open_course.course, visitor_key="same-visitor"
    )
    assert (created_first, created_second) == (True, False)
    assert first.pk == second.pk
    assert OpenCourseCompletion.objects.count() == 1


def test_with_an_employer_code_the_completion_counts_for_that_employer(client, open_course):
    from learning.public.models import Employer, OpenCourseCompletion

    employer = Employer.objects.get(join_code="GASDEMO1")
    response = client.post(COURSE, {"employer_code": " gas-demo 1 "})
    assert response.status_code == 302
    assert employer.name in client.get(COURSE).content.decode()
    _complete(client, open_course)
    _complete(client, open_course)
    assert OpenCourseCompletion.objects.get().employer == employer
    assert employer.completions.count() == 1


def test_the_employers_join_link_counts_the_completion(client, open_course):
    from learning.public.models import OpenCourseCompletion
    from learning.public.services import employer_join_token
    from tests.factories import EmployerFactory

    employer = EmployerFactory(sector="postal")
    response = client.get(f"{COURSE}join/{employer_join_token(employer)}/")
    assert response.status_code == 302
    _complete(client, open_course)
    assert OpenCourseCompletion.objects.get().employer == employer


def test_counts_with_and_without_codes_add_up(client, open_course):
    from django.test import Client

    from learning.public.models import Employer, OpenCourseCompletion

    employer = Employer.objects.get(join_code="GASDEMO1")
    for with_code in (True, True, False):
        visitor = Client()
        if with_code:
            visitor.post(COURSE, {"employer_code": "GASDEMO1"})
        _complete(visitor, open_course)
    assert employer.completions.count() == 2
    assert OpenCourseCompletion.objects.filter(employer__isnull=True).count() == 1


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("NOPE1234", "We do not recognise that employer code"),
        ("<b>x</b>", "We do not recognise that employer code"),
        ("", "Enter your employer code, or leave it blank."),
        ("A" * 30, "Employer code must be 16 letters or numbers or fewer"),
    ],
)
def test_a_forged_code_gets_a_clear_message_and_counts_nothing(client, open_course, code, message):
    from learning.public.models import OpenCourseCompletion

    response = client.post(COURSE, {"employer_code": code})
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert f'<a href="#employer_code">{message}' in html
    _complete(client, open_course)
    assert OpenCourseCompletion.objects.get().employer is None


def test_an_expired_code_gets_a_clear_message(client, open_course):
    from tests.factories import EmployerFactory

    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    employer = EmployerFactory(join_code="OLDCODE1", join_code_expires_on=yesterday)
    response = client.post(COURSE, {"employer_code": "oldcode1"})
    assert response.status_code == 400
    assert "That employer code has expired" in response.content.decode()
    assert employer.completions.count() == 0


def test_a_tampered_or_revoked_join_link_gets_a_clear_message(client, open_course):
    from learning.public.models import OpenCourseCompletion
    from learning.public.services import employer_join_token
    from tests.factories import EmployerFactory

    employer = EmployerFactory()
    token = employer_join_token(employer)
    response = client.get(f"{COURSE}join/{token[:-2]}xx/")
    assert response.status_code == 400
    assert "This employer link is not valid" in response.content.decode()

    employer.join_code = "NEWCODE9"
    employer.save()
    response = client.get(f"{COURSE}join/{token}/")
    assert response.status_code == 400
    assert "This employer link no longer works" in response.content.decode()

    employer.join_code_expires_on = timezone.localdate() - datetime.timedelta(days=1)
    employer.save()
    response = client.get(f"{COURSE}join/{employer_join_token(employer)}/")
    assert "This employer link has expired" in response.content.decode()

    _complete(client, open_course)
    assert OpenCourseCompletion.objects.get().employer is None


def test_the_final_check_needs_every_lesson_read_first(client, open_course):
    from learning.public.models import OpenCourseCompletion

    response = client.post(FINAL, _right_answers(open_course))
    assert "Read every lesson before the final check" in response.content.decode()
    assert not OpenCourseCompletion.objects.exists()


def test_a_failed_final_check_records_nothing_and_says_what_to_revisit(client, open_course):
    from learning.public.models import OpenCourseCompletion

    _read_all_lessons(client, open_course)
    response = client.post(FINAL, _wrong_answers(open_course))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not passed yet" in html
    assert "You got 0 out of 5 right (0%)" in html
    assert "Lessons to look at again" in html
    assert f'href="{COURSE}lessons/signs-to-look-for/"' in html
    assert not OpenCourseCompletion.objects.exists()
    assert client.get(COMPLETE)["Location"] == COURSE
    # Then passing on a retry completes it.
    assert client.post(FINAL, _right_answers(open_course)).status_code == 302
    assert OpenCourseCompletion.objects.count() == 1


def test_unanswered_or_tampered_answers_get_an_error_per_question(client, open_course):
    from learning.public.models import OpenCourseCompletion

    _read_all_lessons(client, open_course)
    html = client.get(FINAL).content.decode()
    import re

    drawn = re.findall(r'class="govuk-form-group" id="(q-[0-9a-f-]+)"', html)
    assert len(drawn) == 5
    answers = _right_answers(open_course)
    answers.pop(drawn[0])  # unanswered
    answers[drawn[1]] = ["99"]  # an option that does not exist
    response = client.post(FINAL, answers)
    html = response.content.decode()
    assert response.status_code == 400
    assert f'<a href="#{drawn[0]}">Answer question 1' in html
    assert f'<a href="#{drawn[1]}">Answer question 2' in html
    assert html.count('class="govuk-error-message"') == 2
    assert not OpenCourseCompletion.objects.exists()


def test_the_name_for_the_certificate_is_validated(client, open_course):
    from learning.public.models import OpenCourseCompletion

    _complete(client, open_course)
    response = client.post(COMPLETE, {"name": "   "})
    assert response.status_code == 400
    assert "Enter the name to print on the certificate" in response.content.decode()
    response = client.post(COMPLETE, {"name": "x" * 101})
    assert response.status_code == 400
    assert "Name must be 100 characters or fewer" in response.content.decode()
    assert OpenCourseCompletion.objects.get().name == ""


def test_the_certificate_is_issued_once_downloads_and_verifies(client, open_course, tmp_path):
    import subprocess

    from django.test import Client

    from certificates.models import Certificate
    from learning.public.models import OpenCourseCompletion

    client.post(COURSE, {"employer_code": "GASDEMO1"})
    _complete(client, open_course)
    response = client.post(COMPLETE, {"name": "  Sam   Fitter "})
    assert response.status_code == 302
    client.post(COMPLETE, {"name": "Someone Else"})  # a repeat changes nothing
    certificate = Certificate.objects.get()
    assert certificate.is_public
    assert certificate.learner_name == "Sam Fitter"
    completion = OpenCourseCompletion.objects.get()
    assert completion.name == "Sam Fitter"
    assert completion.certificate_reference == certificate.code

    page = client.get(COMPLETE).content.decode()
    assert "Download your certificate (PDF)" in page
    assert certificate.display_code in page
    download = client.get(COURSE + "certificate/")
    assert download["Content-Type"] == "application/pdf"
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(b"".join(download.streaming_content))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Sam Fitter" in text

    # Anyone can verify it; only the visitor's own session can download it.
    verify = Client().get(certificate.get_verification_path())
    assert verify.status_code == 200
    html = verify.content.decode()
    assert "Sam Fitter" in html and "valid" in html.lower()
    assert Client().get(COURSE + "certificate/").status_code == 404
