"""Views of the open course (served by OpenCoursePage's routes), without an account.

Progress lives in the visitor's session under one key per course page. The visitor key is
random and made once per session; completions are recorded against it, so repeating the
final check, or posting it twice, never counts twice.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from django.http import HttpRequest, HttpResponse

from learning.models import Employer, OpenCourseCompletion
from learning.public import (
    EmployerCodeRejected,
    employer_for_code,
    employer_for_join_token,
    open_course_completion_name,
    open_course_completion_record,
)

NAME_MAX_LENGTH = 100


# --- The visitor's progress, in their session -----------------------------------------


def _state(page, request: HttpRequest) -> dict:
    key = f"open_course:{page.pk}"
    state = request.session.get(key)
    if not isinstance(state, dict):
        state = {"visitor": secrets.token_urlsafe(24), "done": [], "employer": None}
        request.session[key] = state
    return state


def _save(page, request: HttpRequest, state: dict) -> None:
    request.session[f"open_course:{page.pk}"] = state
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


def _lesson_rows(page, state: dict) -> list[dict]:
    done = set(state.get("done", []))
    return [
        {
            "lesson": lesson,
            "url": page.url + page.reverse_subpage("lesson", kwargs={"lesson_slug": lesson.slug}),
            "is_done": lesson.pk in done,
        }
        for lesson in page.lessons()
    ]


# --- Overview and employer code --------------------------------------------------------


def overview(page, request: HttpRequest) -> HttpResponse:
    state = _state(page, request)
    error = ""
    status = 200
    if request.method == "POST":
        code = request.POST.get("employer_code", "")
        try:
            employer = employer_for_code(code=code)
        except EmployerCodeRejected as rejected:
            error = rejected.message
            status = 400
        else:
            state["employer"] = employer.pk
            _save(page, request, state)
            return page.redirect_to()
    _save(page, request, state)
    rows = _lesson_rows(page, state)
    next_row = next((row for row in rows if not row["is_done"]), None)
    return page.render_view(
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
            "final_check_url": page.url + page.reverse_subpage("final_check"),
        },
        status,
    )


def join(page, request: HttpRequest, token: str) -> HttpResponse:
    """The employer's join link: remember the employer for this visitor, then start."""
    state = _state(page, request)
    try:
        employer = employer_for_join_token(token=token)
    except EmployerCodeRejected as rejected:
        _save(page, request, state)
        return page.render_view(
            request,
            "cms/public/open_course_join_invalid.html",
            {"message": rejected.message, "course_url": page.url},
            400,
        )
    state["employer"] = employer.pk
    _save(page, request, state)
    return page.redirect_to()


# --- Lessons ---------------------------------------------------------------------------


@dataclass
class CheckFeedback:
    """Feedback for one answered knowledge-check question."""

    chosen: set[int] = field(default_factory=set)
    is_correct: bool = False


def _question_feedback(question: dict, chosen: set[int]) -> CheckFeedback:
    correct = {i for i, option in enumerate(question["options"]) if option.get("correct")}
    return CheckFeedback(chosen=chosen, is_correct=chosen == correct)


def _knowledge_check_questions(block) -> list[dict]:
    """The questions of a knowledge-check block as plain dicts, whatever block shape the
    courses app gives them (a StructValue with a list of questions)."""
    value = block.value
    questions = value.get("questions") if hasattr(value, "get") else None
    return [dict(q) for q in (questions or [])]


def lesson(page, request: HttpRequest, lesson_slug: str) -> HttpResponse:
    from django.http import Http404

    state = _state(page, request)
    lessons = page.lessons()
    index = next((i for i, item in enumerate(lessons) if item.slug == lesson_slug), None)
    if index is None:
        raise Http404
    current = lessons[index]
    if current.pk not in state["done"]:
        # Reading a lesson completes it: knowledge checks are there to help, not to pass.
        state["done"].append(current.pk)
    _save(page, request, state)

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
                chosen = {int(v) for v in request.POST.getlist(name) if v.isdigit()}
                if chosen:
                    feedback = _question_feedback(question, chosen)
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
        return page.url + page.reverse_subpage("lesson", kwargs={"lesson_slug": item.slug})

    return page.render_view(
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
            "final_check_url": page.url + page.reverse_subpage("final_check"),
            "title": current.title,
        },
    )


# --- Final check and completion --------------------------------------------------------


def _final_questions(page) -> list[dict]:
    return [
        {"number": i + 1, "name": f"q{i}", **dict(block.value)}
        for i, block in enumerate(page.final_check)
    ]


def final_check(page, request: HttpRequest) -> HttpResponse:
    state = _state(page, request)
    _save(page, request, state)
    rows = _lesson_rows(page, state)
    missing = [row for row in rows if not row["is_done"]]
    questions = _final_questions(page)
    context: dict = {"questions": questions, "missing_lessons": missing, "title": "Final check"}
    if missing:
        return page.render_view(request, "cms/public/open_course_final_check.html", context)

    if request.method != "POST":
        return page.render_view(request, "cms/public/open_course_final_check.html", context)

    errors = []
    correct_count = 0
    for question in questions:
        chosen = {int(v) for v in request.POST.getlist(question["name"]) if v.isdigit()}
        question["chosen"] = chosen
        valid = set(range(len(question["options"])))
        if not chosen or not chosen <= valid:
            errors.append(
                {
                    "href": f"#{question['name']}",
                    "text": f"Answer question {question['number']}"
                    + (": select all that apply" if question.get("multiple") else ""),
                }
            )
            question["error"] = errors[-1]["text"]
            continue
        feedback = _question_feedback(question, chosen)
        question["is_correct"] = feedback.is_correct
        correct_count += int(feedback.is_correct)
    if errors:
        context["errors"] = errors
        return page.render_view(request, "cms/public/open_course_final_check.html", context, 400)

    score = round(100 * correct_count / len(questions)) if questions else 100
    context.update(score=score, correct_count=correct_count, passed=score >= page.pass_mark)
    if score < page.pass_mark:
        context["title"] = "Not passed yet"
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
    _save(page, request, state)
    completion = _completion(page, state)
    if completion is None:
        return page.redirect_to()
    context: dict = {"completion": completion, "title": "You have completed the course"}
    status = 200
    if request.method == "POST":
        name = " ".join(request.POST.get("name", "").split())
        if not name:
            context["name_error"] = "Enter your name as you want it on the certificate"
            status = 400
        elif len(name) > NAME_MAX_LENGTH:
            context["name_error"] = f"Name must be {NAME_MAX_LENGTH} characters or fewer"
            context["name_value"] = name[:NAME_MAX_LENGTH]
            status = 400
        else:
            certificate = _certificate_issue(completion=completion, name=name, page=page)
            open_course_completion_name(
                completion=completion,
                name=name,
                certificate_reference=getattr(certificate, "reference", "") or "",
            )
            context["certificate"] = certificate
    elif completion.certificate_reference:
        context["certificate"] = _certificate_for(completion)
    context["certificates_available"] = _certificates_available()
    return page.render_view(request, "cms/public/open_course_complete.html", context, status)


def _certificates_available() -> bool:
    try:
        from certificates.services import public_certificate_issue  # noqa: F401
    except ImportError:
        return False
    return True


def _certificate_issue(*, completion: OpenCourseCompletion, name: str, page):
    """Issue the public awareness certificate through the certificates app, once."""
    if not _certificates_available():
        return None
    from certificates.services import public_certificate_issue

    return public_certificate_issue(
        name=name,
        course=page.course,
        completed_at=completion.completed_at,
        reference=f"open-{completion.pk}",
    )


def _certificate_for(completion: OpenCourseCompletion):
    try:
        from certificates.models import Certificate
    except ImportError:
        return None
    return Certificate.objects.filter(reference=completion.certificate_reference).first()
