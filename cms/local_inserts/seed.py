"""Demo local arrangements for every seeded partnership, from the source documents in
/work/shared/seeds (named in each record's source note). Where a document says nothing,
the field is left empty, so readers are told to ask their safeguarding lead rather than
shown something made up. Idempotent: an existing record is left as its managers made it.
"""

from __future__ import annotations

from cms.local_inserts.models import LocalArrangements
from learning.people.models import Partnership

GCP2 = "Graded Care Profile 2 (GCP2)"
NSPCC_GCP2 = (
    "https://learning.nspcc.org.uk/services-children-families/"
    "implementation-support-for-nspcc-services/graded-care-profile-2-gcp2"
)
SWL_SOURCE = (
    "South West London Joint Child Neglect Strategy (Croydon, Kingston and Richmond, Merton "
    "and Wandsworth), section 6.1: each partnership uses GCP2 or a Neglect Toolkit, and "
    "practitioners are asked to check their partnership's website to see which. It does not "
    "say which this partnership uses, nor name its threshold document, escalation policy or "
    "training booking page, so those are left empty."
)
WOLVERHAMPTON_PAGES = (
    "https://www.wolverhamptonsafeguarding.org.uk/safeguarding-children-and-young-people/"
    "i-work-with-children-young-people-families/"
)

LOCAL_ARRANGEMENTS: dict[str, dict[str, str]] = {
    "walsall": {
        "assessment_tool_name": GCP2,
        "assessment_tool_description": (
            "The evidence-based tool to support your work with children and families where "
            "neglect is a concern. Make sure you are using GCP2 in your practice."
        ),
        "assessment_tool_url": NSPCC_GCP2,
        "source": (
            "7 Minute Briefing: Walsall Child Multi-Agency Audit - Neglect ('GCP2 is the "
            "evidenced based tool ... Ensure you are using GCP2 in your practice'); Walsall "
            "Child Neglect Strategy Update (the Graded Care Profile). The tool's page: NSPCC "
            "Learning, as listed in the South West London joint strategy. The briefing's "
            "training booking links have no address, so training booking is left empty."
        ),
    },
    "wolverhampton": {
        "assessment_tool_name": "Wolverhampton Children's Assessment of Neglect (WeCAN)",
        "assessment_tool_description": (
            "Start a WeCAN assessment wherever there is a concern that neglect is a factor. "
            "If you refer to MASH about neglect, start a WeCAN assessment or refer to one in "
            "the referral."
        ),
        "assessment_tool_url": (
            "https://www.wolverhampton.gov.uk/child-assessment-of-neglect/neglect-toolkit"
        ),
        "threshold_document_title": (
            "Wolverhampton Safeguarding Together Thresholds of Need and Support"
        ),
        "threshold_document_url": WOLVERHAMPTON_PAGES + "thresholds-of-support",
        "escalation_policy_title": "WST escalation policy",
        "escalation_policy_url": WOLVERHAMPTON_PAGES + "escalation",
        "source": (
            "Wolverhampton Neglect Strategy: objectives 1 and 4 and 'WeCAN assessment tool' "
            "(operational requirements); reference list for the WeCAN tool, the Thresholds "
            "of Needs and Support and the WST escalation policy addresses. It says training "
            "is available via WST but gives no booking address, so that is left empty."
        ),
    },
    "birmingham": {
        "assessment_tool_name": GCP2,
        "assessment_tool_description": (
            "Introduced in Birmingham in 2021 to help identify neglect at an earlier stage, "
            "starting with the Early Help workforce."
        ),
        "assessment_tool_url": (
            "https://lscpbirmingham.org.uk/learning-zone/learning-resources/neglect-and-gcp2"
        ),
        "threshold_document_title": (
            "Right Help, Right Time: Delivering effective support for children and families "
            "in Birmingham"
        ),
        "threshold_document_url": (
            "https://lscpbirmingham.org.uk/documents/right-help-right-time-guidance-dec-2021"
        ),
        "source": (
            "Birmingham Neglect Strategy 2022-26: priority 2 and 'Graded Care Profile 2' "
            "(GCP2 introduced in 2021); Right Help, Right Time principles; reference list "
            "for both addresses. No escalation policy or training booking address is given."
        ),
    },
    "croydon": {"source": SWL_SOURCE},
    "kingston-richmond": {"source": SWL_SOURCE},
    "merton": {
        "assessment_tool_name": "Merton Safeguarding Children Partnership Neglect Toolkit",
        "assessment_tool_url": "https://www.mertonscp.org.uk/documents/neglect-toolkit/",
        "source": (
            "South West London Joint Child Neglect Strategy: section 6.1 (GCP2 or a Neglect "
            "Toolkit) and its reference list, which names Merton Safeguarding Children "
            "Partnership's Neglect Toolkit and its address. No threshold document, escalation "
            "policy or training booking address is given."
        ),
    },
    "wandsworth": {"source": SWL_SOURCE},
}


def seed_local_arrangements() -> int:
    """Create the local arrangements of each seeded partnership that has none; returns how
    many were created."""
    created = 0
    for slug, fields in LOCAL_ARRANGEMENTS.items():
        partnership = Partnership.objects.filter(slug=slug).first()
        if partnership is None:
            continue
        _record, was_created = LocalArrangements.objects.get_or_create(
            partnership=partnership, defaults=fields
        )
        created += was_created
    return created
