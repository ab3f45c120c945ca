"""Views of the open course (served by OpenCoursePage's routes), without an account.

Progress lives in the visitor's session under one key per course page. The visitor key is
random and made once per session; completions are recorded against it, so repeating the
final check, or posting it twice, never counts twice.

A session is only made when the visitor does something that needs one: giving an employer
code or join link, or taking the final check. Looking at the overview or reading lessons
stores nothing on the server (crawlers and passers-by would otherwise leave a session row
behind on every request); the lessons read are kept in a signed cookie until then.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse

from certificates.exceptions import CertificateRejected
from certificates.models import Certificate, CertificateKind
from certificates.services import public_certificate_issue
from courses.catalogue.questions import (
    answer_is_correct,
    options_chosen,
    question_as_data,
    questions_draw,
)
from courses.exceptions import AnswerRejected
from learning.people.throttle import attempts_record, attempts_so_far
from learning.public.models import Employer, OpenCourseCompletion
from learning.public.services import (
    EmployerCodeRejected,
    employer_for_code,
    employer_for_join_token,
    open_course_completion_name,
    open_course_completion_record,
)

NAME_MAX_LENGTH = 100


# --- The visitor's progress, in their session -----------------------------------------


def _subpage_url(page, request: HttpRequest, name: str, **kwargs: str) -> str:
    """A route of the course page, as a path when the visitor is on the page's own site
    (`page.url` is a full address once there is more than one site)."""
    return page.get_url(request) + page.reverse_subpage(name, kwargs=kwargs or None)


def _session_key(page) -> str:
    return f"open_course:{page.pk}"


def _read_cookie(page) -> str:
    return f"open_course_{page.pk}_read"


_READ_SALT = "cms.public.open_course.read"


def _lessons_read(page, request: HttpRequest) -> list[int]:
    """Lessons read, from the signed cookie (a tampered cookie counts as none read)."""
    value = request.get_signed_cookie(_read_cookie(page), default="", salt=_READ_SALT)
    return [int(pk) for pk in value.split(",") if pk.isdigit()]


def _remember_read(page, response: HttpResponse, done: list[int]) -> None:
    response.set_signed_cookie(
        _read_cookie(page),
        ",".join(str(pk) for pk in done),
        salt=_READ_SALT,
        max_age=settings.SESSION_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def _state(page, request: HttpRequest) -> dict:
    """The visitor's progress: from their session if they have started one, else a fresh
    state that is only stored if `_save` is called. Lessons read come from the cookie too."""
    state = request.session.get(_session_key(page))
    if not isinstance(state, dict):
        state = {"visitor": secrets.token_urlsafe(24), "done": [], "employer": None}
    state["done"] = list(dict.fromkeys([*state.get("done", []), *_lessons_read(page, request)]))
    return state


def _save(page, request: HttpRequest, state: dict) -> None:
    """Store the visitor's state in their session (creating the session if need be)."""
    request.session[_session_key(page)] = state
    request.session.modified = True


def _employer(state: dict) -> Employer | None:
    if not state.get("employer"):
        return None
    return Employer.objects.filter(pk=state["employer"]).first()


def _completion(page, state: dict) -> OpenCourseCompletion | None:
    if not page.course_id:
        return None
    return OpenCourseCompletion.objects.filter(
        course_id=page.course_id, visitor_key=state["visitor"]
    ).first()


def _lesson_rows(page, request: HttpRequest, state: dict) -> list[dict]:
    done = set(state.get("done", []))
    return [
        {
            "lesson": lesson,
            "url": _subpage_url(page, request, "lesson", lesson_slug=lesson.slug),
            "is_done": lesson.pk in done,
        }
        for lesson in page.lessons()
    ]


# --- Overview and employer code --------------------------------------------------------


# Wrong employer codes and join links are counted per client address; past
# OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT in a minute every code is refused until it is up.
EMPLOYER_CODE_BUCKET = "open-course-employer-code"
TOO_MANY_CODES = "Too many employer codes were tried from here. Wait a minute, then try again."


def _employer_codes_blocked(request: HttpRequest) -> bool:
    tried = attempts_so_far(request, bucket=EMPLOYER_CODE_BUCKET)
    return tried >= settings.OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT


def overview(page, request: HttpRequest) -> HttpResponse:
    state = _state(page, request)
    error = ""
    status = 200
    if request.method == "POST":
        code = request.POST.get("employer_code", "")
        if _employer_codes_blocked(request):
            error, status = TOO_MANY_CODES, 429
        else:
            try:
                employer = employer_for_code(code=code)
            except EmployerCodeRejected as rejected:
                attempts_record(request, bucket=EMPLOYER_CODE_BUCKET)
                error, status = rejected.message, 400
            else:
                state["employer"] = employer.pk
                _save(page, request, state)
                return page.redirect_to()
    rows = _lesson_rows(page, request, state)
    next_row = next((row for row in rows if not row["is_done"]), None)
    response = page.render_view(
        request,
        "cms/public/open_course_page.html",
        {
            "lessons": rows,
            "next_lesson": next_row,
            "all_done": bool(rows) and next_row is None,
            "employer": _employer(state),
            "employer_error": error,
            "employer_code_value": request.POST.get("employer_code", "")[:20] if error else "",
            "completion": _completion(page, state),
            "final_check_url": _subpage_url(page, request, "final_check"),
        },
        status,
    )
    if status == 429:
        response["Retry-After"] = "60"
    return response


def join(page, request: HttpRequest, token: str) -> HttpResponse:
    """The employer's join link: remember the employer for this visitor, then start."""
    state = _state(page, request)
    if _employer_codes_blocked(request):
        _save(page, request, state)
        response = page.render_view(
            request,
            "cms/public/open_course_join_invalid.html",
            {"message": TOO_MANY_CODES, "course_url": page.get_url(request)},
            429,
        )
        response["Retry-After"] = "60"
        return response
    try:
        employer = employer_for_join_token(token=token)
    except EmployerCodeRejected as rejected:
        attempts_record(request, bucket=EMPLOYER_CODE_BUCKET)
        return page.render_view(
            request,
            "cms/public/open_course_join_invalid.html",
            {"message": rejected.message, "course_url": page.get_url(request)},
            400,
        )
    state["employer"] = employer.pk
    _save(page, request, state)
    return page.redirect_to()


# --- Lessons ---------------------------------------------------------------------------


@dataclass
class CheckFeedback:
    """Feedback for one answered knowledge-check question (`chosen` holds positions, as
    the form posts them)."""

    chosen: set[int] = field(default_factory=set)
    is_correct: bool = False


def _mark(question: dict, posted: list[str], *, field_name: str) -> CheckFeedback:
    """Mark posted option positions with the courses' own rule; AnswerRejected if no
    option, an unknown one, or several for a single-answer question was posted."""
    count = len(question["options"])
    positions = {int(value) for value in posted if value.isdigit()}
    ids = [
        question["options"][position]["id"] if position < count else f"unknown-{position}"
        for position in positions
    ]
    chosen = options_chosen(question, ids, field=field_name)
    return CheckFeedback(chosen=positions, is_correct=answer_is_correct(question, chosen))


def _knowledge_check_questions(block) -> list[dict]:
    """The questions of a knowledge-check block as plain data (see courses' questions)."""
    return [
        question_as_data(bound.value, question_id=bound.id)
        for bound in block.value["questions"].bound_blocks
    ]


def lesson(page, request: HttpRequest, lesson_slug: str) -> HttpResponse:
    state = _state(page, request)
    lessons = page.lessons()
    index = next((i for i, item in enumerate(lessons) if item.slug == lesson_slug), None)
    if index is None:
        raise Http404
    current = lessons[index]
    if current.pk not in state["done"]:
        # Reading a lesson completes it: knowledge checks are there to help, not to pass.
        state["done"].append(current.pk)

    # Knowledge checks: answered by a plain form post, feedback shown on the same page.
    items: list[dict] = []
    for block_index, block in enumerate(current.body):
        if block.block_type != "knowledge_check":
            items.append({"block": block, "check": None})
            continue
        questions = []
        for q_index, question in enumerate(_knowledge_check_questions(block)):
            name = f"kc-{block_index}-{q_index}"
            feedback = None
            if request.method == "POST" and request.POST.get("check") == str(block_index):
                with contextlib.suppress(AnswerRejected):
                    feedback = _mark(question, request.POST.getlist(name), field_name=name)
            questions.append(
                {
                    "name": name,
                    "question": question,
                    "options": [dict(o) for o in question["options"]],
                    "feedback": feedback,
                }
            )
        items.append({"block": block, "check": {"index": block_index, "questions": questions}})

    previous_lesson = lessons[index - 1] if index > 0 else None
    next_lesson = lessons[index + 1] if index + 1 < len(lessons) else None

    def url_for(item):
        return _subpage_url(page, request, "lesson", lesson_slug=item.slug)

    response = page.render_view(
        request,
        "cms/public/open_course_lesson.html",
        {
            "lesson": current,
            "lesson_number": index + 1,
            "lesson_count": len(lessons),
            "items": items,
            "lesson_url": url_for(current),
            "previous_url": url_for(previous_lesson) if previous_lesson else "",
            "next_url": url_for(next_lesson) if next_lesson else "",
            "final_check_url": _subpage_url(page, request, "final_check"),
            "title": current.title,
        },
    )
    _remember_read(page, response, state["done"])
    return response


# --- Final check and completion --------------------------------------------------------


def _bank(page) -> dict:
    """The course's final-check bank, by block id."""
    if not page.course_id:
        return {}
    return page.course.assessment_question_bank()


def _draw(page, request: HttpRequest, state: dict, *, fresh: bool = False) -> list[str]:
    """The questions drawn for this visitor's attempt, kept in the session so the answers
    posted are marked against the same questions that were shown."""
    bank = _bank(page)
    drawn = [qid for qid in state.get("draw", []) if qid in bank]
    wanted = min(page.course.questions_per_attempt, len(bank)) if page.course_id else 0
    if fresh or len(drawn) != wanted:
        drawn = questions_draw(list(bank), wanted)
        state["draw"] = drawn
        _save(page, request, state)
    return drawn


def _final_questions(page, drawn: list[str]) -> list[dict]:
    bank = _bank(page)
    questions = []
    for number, qid in enumerate(drawn, start=1):
        value = bank[qid]
        questions.append(
            {
                "number": number,
                "name": f"q-{qid}",
                "text": value["text"],
                "multiple": value["multiple"],
                "explanation": value["explanation"],
                "topic": value.get("topic", ""),
                "options": [dict(option) for option in value["options"]],
                "chosen": set(),
            }
        )
    return questions


def final_check(page, request: HttpRequest) -> HttpResponse:
    state = _state(page, request)
    rows = _lesson_rows(page, request, state)
    missing = [row for row in rows if not row["is_done"]]
    context: dict = {"missing_lessons": missing, "title": "Final check", "pass_mark": 0}
    if page.course_id:
        context["pass_mark"] = page.course.pass_mark
    if missing:
        return page.render_view(request, "cms/public/open_course_final_check.html", context)
    # Taking the check needs a session: the questions drawn and the visitor's key.
    _save(page, request, state)

    questions = _final_questions(page, _draw(page, request, state))
    context["questions"] = questions
    if request.method != "POST":
        return page.render_view(request, "cms/public/open_course_final_check.html", context)

    errors = []
    correct_count = 0
    for question in questions:
        posted = request.POST.getlist(question["name"])
        question["chosen"] = {int(value) for value in posted if value.isdigit()}
        try:
            feedback = _mark(question, posted, field_name=question["name"])
        except AnswerRejected:
            errors.append(
                {
                    "href": f"#{question['name']}",
                    "text": f"Answer question {question['number']}"
                    + (": select all that apply" if question["multiple"] else ""),
                }
            )
            question["error"] = errors[-1]["text"]
            continue
        question["is_correct"] = feedback.is_correct
        correct_count += int(feedback.is_correct)
    if errors:
        context["errors"] = errors
        return page.render_view(request, "cms/public/open_course_final_check.html", context, 400)

    score = round(100 * correct_count / len(questions)) if questions else 100
    context.update(score=score, correct_count=correct_count)
    if score < context["pass_mark"]:
        lessons = {row["lesson"].slug: row for row in rows}
        context["revisit"] = [
            lessons[slug]
            for slug in dict.fromkeys(q["topic"] for q in questions if not q.get("is_correct"))
            if slug in lessons
        ]
        context["title"] = "Not passed yet"
        _draw(page, request, state, fresh=True)  # a new draw for the next try
        return page.render_view(request, "cms/public/open_course_result.html", context)

    open_course_completion_record(
        course=page.course,
        visitor_key=state["visitor"],
        employer=_employer(state),
        score=score,
    )
    return page.redirect_to("complete")


def complete(page, request: HttpRequest) -> HttpResponse:
    """You passed: optionally type your name to get a certificate."""

    state = _state(page, request)
    completion = _completion(page, state)
    if completion is None:
        return page.redirect_to()
    context: dict = {"completion": completion, "title": "You have completed the course"}
    status = 200
    if request.method == "POST" and not completion.certificate_reference:
        name = " ".join(request.POST.get("name", "").split())
        try:
            if len(name) > NAME_MAX_LENGTH:
                raise CertificateRejected(f"Name must be {NAME_MAX_LENGTH} characters or fewer")
            certificate = _certificate_issue(completion=completion, name=name, page=page)
        except CertificateRejected as rejected:
            context["name_error"] = rejected.message
            context["name_value"] = name[:NAME_MAX_LENGTH]
            status = 400
        else:
            open_course_completion_name(
                completion=completion, name=name, certificate_reference=certificate.code
            )
            return page.redirect_to("complete")
    certificate = _certificate_for(completion)
    if certificate is not None:
        context["certificate"] = certificate
        context["certificate_download_url"] = _subpage_url(page, request, "certificate")
    return page.render_view(request, "cms/public/open_course_complete.html", context, status)


def _certificate_issue(*, completion: OpenCourseCompletion, name: str, page):
    """Issue the public awareness certificate through the certificates app, once per
    completion (the completion is its reference)."""

    return public_certificate_issue(
        name=name,
        course=page.course,
        completed_at=completion.completed_at,
        reference=_certificate_reference(completion),
    )


def _certificate_reference(completion: OpenCourseCompletion) -> str:
    return f"open-course-completion-{completion.pk}"


def _certificate_for(completion: OpenCourseCompletion):
    if not completion.certificate_reference:
        return None
    return Certificate.objects.filter(
        kind=CertificateKind.PUBLIC,
        course_id=completion.course_id,
        reference=_certificate_reference(completion),
    ).first()


def certificate_download(page, request: HttpRequest) -> HttpResponse:
    """The visitor's own certificate: only the session that completed the course may
    download it (anyone may verify it by its code)."""

    state = _state(page, request)
    completion = _completion(page, state)
    certificate = _certificate_for(completion) if completion else None
    if certificate is None or not certificate.pdf:
        raise Http404("No certificate for this visit")
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )
