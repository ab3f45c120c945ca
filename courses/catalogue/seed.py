"""Demo content for courses: the catalogue and the three seeded courses, published.

Idempotent: a course that already exists (by slug) is left as it is, so running
`seed_demo` again never overwrites a trainer's edits.
"""

from __future__ import annotations

from django.utils.html import escape

from wagtail.models import Page

from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage
from courses.catalogue.seed_content import action, graded_care_profile_2
from courses.catalogue.seed_content import (
    understanding_child_neglect as understanding_child_neglect,
)
from courses.h5p.selectors import activities_in_lesson

SEEDED_COURSES = [
    understanding_child_neglect.COURSE,
    graded_care_profile_2.COURSE,
    action.COURSE,
]

CATALOGUE_INTRODUCTION = (
    "E-learning on child neglect for everyone who works with children and families. Each "
    "course ends with a short assessment; pass it to get your certificate."
)


# Who published each source document (the file names are ours, not the reader's).
SOURCE_PUBLISHERS = {
    "walsall-neglect-strategy-update.txt": "Walsall Safeguarding Partnership",
    "seven-minute-briefing-multi-agency-audit-neglect.txt": "Walsall Safeguarding Partnership",
    "wolverhampton-neglect-strategy.txt": "Wolverhampton Safeguarding Together partnership",
    "birmingham-neglect-strategy-2022-26.txt": "Birmingham Safeguarding Children Partnership",
    "south-west-london-joint-neglect-strategy.txt": (
        "Croydon, Kingston and Richmond, Merton and Wandsworth Safeguarding Children Partnerships"
    ),
}


def source_publisher(source: dict) -> str:
    """The partnership that published a source, shown after its title; empty when the
    title already names it."""
    publisher = SOURCE_PUBLISHERS.get(source.get("file", ""), "")
    return "" if publisher and publisher.split(" partnership")[0] in source["title"] else publisher


def catalogue_ensure(*, home: Page) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(
            title="Courses", slug="courses", introduction=CATALOGUE_INTRODUCTION
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def course_create(*, index: CourseIndexPage, data: dict) -> CoursePage:
    """Create and publish one course and its lessons from seed data (see seed_content)."""
    assessment = data.get("assessment") or {}
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        audience_description=data.get("audience_description", ""),
        learning_outcomes="<ul>"
        + "".join(f"<li>{escape(outcome)}</li>" for outcome in data.get("learning_outcomes", []))
        + "</ul>",
        estimated_minutes=data.get("estimated_minutes", 30),
        cpd_minutes=data.get("cpd_minutes", 0),
        pass_mark=assessment.get("pass_mark", data.get("pass_mark", 80)),
        validity_months=data.get("validity_months", 36),
        audience=data.get("audience", "practitioners"),
        questions_per_attempt=assessment.get("questions_per_attempt", 10),
        assessment_questions=[
            ("question", question) for question in assessment.get("questions", [])
        ],
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    for lesson_data in data["lessons"]:
        lesson = LessonPage(
            title=lesson_data["title"],
            slug=lesson_data["slug"],
            summary=lesson_data.get("summary", ""),
            body=list(lesson_data["body"]),
            sources=[
                ("source", {"title": source["title"], "reference": source_publisher(source)})
                for source in lesson_data.get("sources", [])
            ],
            is_required=lesson_data.get("is_required", True),
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return course


def seed_courses(*, home: Page) -> list[CoursePage]:
    """The catalogue at /courses/ and the seeded courses; safe to run again."""
    index = catalogue_ensure(home=home)
    courses = []
    for data in SEEDED_COURSES:
        course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if course is None:
            course = course_create(index=index, data=data)
        courses.append(course)
    by_slug = {course.slug: course for course in courses}
    for data in SEEDED_COURSES:
        wanted = [by_slug[slug] for slug in data.get("prerequisites", []) if slug in by_slug]
        if wanted and not by_slug[data["slug"]].prerequisites.exists():
            by_slug[data["slug"]].prerequisites.set(wanted)
            by_slug[data["slug"]].save_revision().publish()
    return courses


# A seeded lesson that holds the demo H5P activity (required, 80%).
DEMO_H5P_LESSON_SLUG = "types-of-neglect"


def seed_h5p_placement(*, home: Page, activity) -> None:
    """Place the demo H5P activity in its lesson, once; nothing if the lesson is missing."""
    lesson = LessonPage.objects.descendant_of(home).filter(slug=DEMO_H5P_LESSON_SLUG).first()
    if lesson is not None and not activities_in_lesson(lesson):
        lesson.body.append(("h5p", {"activity": activity, "required": True, "min_score": 0.8}))
        lesson.save_revision().publish()


BANK_QUESTIONS = [
    {
        "text": "Neglect is the most common reason for a child protection plan in England.",
        "explanation": "Neglect has been the most common category for many years.",
        "options": [("True", True, "It is."), ("False", False, "It is the most common.")],
    },
    {
        "text": "Which of these can be signs of neglect? Select all that apply.",
        "multiple": True,
        "explanation": "Look for patterns over time, not a single event.",
        "options": [
            ("Missed health appointments", True, ""),
            ("Persistent poor hygiene", True, ""),
            ("One late school pick-up", False, "A single event is rarely neglect alone."),
        ],
    },
]


def seed_question_bank() -> list:
    """A few questions in the shared question bank for trainers to reuse; safe to run
    twice (found by their text)."""
    from courses.catalogue.models import BankQuestion

    questions = []
    for data in BANK_QUESTIONS:
        options = [
            ("option", {"text": text, "correct": correct, "feedback": feedback})
            for text, correct, feedback in data["options"]
        ]
        question, _ = BankQuestion.objects.get_or_create(
            text=data["text"],
            defaults={
                "multiple": data.get("multiple", False),
                "explanation": data["explanation"],
                "options": options,
            },
        )
        questions.append(question)
    return questions


# The shared neglect course's lesson on thresholds, tools and escalation shows each
# reader their own partnership's version of each (issue 16): (the heading of the text
# block the insert follows, kind, lead-in).
LOCAL_INSERT_LESSON = ("understanding-child-neglect", "thresholds-and-escalation")
LOCAL_INSERT_PLACEMENTS = [
    ("<h2>Levels of need</h2>", "threshold_document", "Your partnership's threshold document:"),
    ("<h2>Assessment tools</h2>", "assessment_tool", "The tool your partnership uses:"),
    (
        "<h2>Professional challenge and escalation</h2>",
        "escalation_policy",
        "Your partnership's escalation policy:",
    ),
    (
        "<h2>Professional challenge and escalation</h2>",
        "front_door",
        "If you are worried about a child, contact your local children's services front "
        "door (in an emergency, call 999):",
    ),
]


def seed_local_insert_placement(*, home: Page) -> None:
    """Place the local inserts in the shared course's lesson, once (a lesson that already
    has one is left as its trainers made it); nothing if the lesson is missing."""
    course_slug, lesson_slug = LOCAL_INSERT_LESSON
    course = CoursePage.objects.descendant_of(home).filter(slug=course_slug).first()
    lesson = (
        LessonPage.objects.child_of(course).filter(slug=lesson_slug).first() if course else None
    )
    if lesson is None or any(block.block_type == "local_insert" for block in lesson.body):
        return
    body = list(lesson.body.raw_data)
    # From the last placement backwards, so earlier positions stay where they were.
    for heading, kind, lead_in in reversed(LOCAL_INSERT_PLACEMENTS):
        after = next(
            (
                index
                for index, block in enumerate(body)
                if block["type"] == "text" and str(block["value"]).startswith(heading)
            ),
            None,
        )
        if after is not None:
            body.insert(
                after + 1, {"type": "local_insert", "value": {"kind": kind, "lead_in": lead_in}}
            )
    lesson.body = body
    lesson.save_revision().publish()
