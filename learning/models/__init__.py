"""People and their learning records, one module per feature.

Each feature keeps its models in its own module; this package re-exports them so that
`learning.models.X` and migrations keep working.
"""

from .briefings import (
    BriefingDigestSend,
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
)
from .people import Agency, AgencyEmailDomain, Partnership, Sector, User, UserManager
from .progress import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)

__all__ = [
    "Agency",
    "AssessmentAttempt",
    "AgencyEmailDomain",
    "BriefingDigestSend",
    "BriefingDigestSubscription",
    "BriefingRead",
    "BriefingReflection",
    "BriefingTeamUse",
    "CourseCompletion",
    "Enrolment",
    "KnowledgeCheckAnswer",
    "LessonProgress",
    "Partnership",
    "Sector",
    "User",
    "UserManager",
]

from .coverage import (
    RAG,
    CoverageSnapshot,
    Headcount,
    KPILearning,
    KPIMeasure,
    KPIScope,
    TrainingKPI,
)
from .people import RoleGroup

__all__ += [
    "RAG",
    "CoverageSnapshot",
    "Headcount",
    "KPILearning",
    "KPIMeasure",
    "KPIScope",
    "RoleGroup",
    "TrainingKPI",
]

from .public import Employer, EmployerSector, OpenCourseCompletion  # noqa: E402

__all__ += ["Employer", "EmployerSector", "OpenCourseCompletion"]
from .xapi import H5PResult, XAPIClient, XAPIForward, XAPIState, XAPIStatement  # noqa: E402

__all__ += ["H5PResult", "XAPIClient", "XAPIForward", "XAPIState", "XAPIStatement"]
