"""Django loads an app's models from `<app>.models`; each feature keeps its own models
module, and this one imports them so they are registered. Import models from the feature
(`learning.progress.models`), not from here. `UserManager` stays importable here because
the first migration names it."""

from learning.audit.models import AuditEvent
from learning.briefings.models import (
    BriefingDigestSend,
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
)
from learning.coverage.models import CoverageSnapshot, Headcount, TrainingKPI
from learning.evaluation.models import (
    EvaluationAttachment,
    EvaluationFollowUp,
    EvaluationForm,
    EvaluationResponse,
)
from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.licences.models import Licence, LicenceReminder, LicenceType, LicensedResourcePage
from learning.people.log_entries import ScopedModelLogEntry, ScopedPageLogEntry
from learning.people.models import Agency, AgencyEmailDomain, Partnership, User, UserManager
from learning.privacy.models import PersonalDataErasure
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)
from learning.public.models import Employer, OpenCourseCompletion
from learning.training.models import (
    Booking,
    BookingReminder,
    ChargePolicy,
    ChargeWaiver,
    TrainingEventPage,
    TrainingIndexPage,
    TrainingSession,
)
from learning.xapi.models import H5PResult, XAPIClient, XAPIForward, XAPIState, XAPIStatement

__all__ = [
    "Agency",
    "AuditEvent",
    "AgencyEmailDomain",
    "AssessmentAttempt",
    "Booking",
    "BookingReminder",
    "BriefingDigestSend",
    "BriefingDigestSubscription",
    "BriefingRead",
    "BriefingReflection",
    "BriefingTeamUse",
    "ChargePolicy",
    "ChargeWaiver",
    "CourseCompletion",
    "CoverageSnapshot",
    "Employer",
    "EvaluationAttachment",
    "EvaluationFollowUp",
    "EvaluationForm",
    "EvaluationResponse",
    "Enrolment",
    "H5PResult",
    "Headcount",
    "IndicatorReturn",
    "KnowledgeCheckAnswer",
    "LessonProgress",
    "Licence",
    "LicenceReminder",
    "LicenceType",
    "LicensedResourcePage",
    "OpenCourseCompletion",
    "Partnership",
    "PersonalDataErasure",
    "PracticeIndicator",
    "ScopedModelLogEntry",
    "ScopedPageLogEntry",
    "TrainingEventPage",
    "TrainingIndexPage",
    "TrainingKPI",
    "TrainingSession",
    "User",
    "UserManager",
    "XAPIClient",
    "XAPIForward",
    "XAPIState",
    "XAPIStatement",
]
