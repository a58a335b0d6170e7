"""All tables of the workbench, split by capability. Import from here."""

from workbench.db.models.audit import AuditEntry, DbSetting, UserScope
from workbench.db.models.plans import PlanSignatory, PlanVersion
from workbench.db.models.priorities import (
    PriorityDecision,
    PriorityList,
    Proposal,
    ProposalSource,
    Vote,
)
from workbench.db.models.programme import (
    Activity,
    ActivityType,
    Allocation,
    FundingSource,
)
from workbench.db.models.spatial import (
    Area,
    Assessment,
    AssessmentHistory,
    AssessmentVolume,
    District,
    Location,
    Shape,
    Subdistrict,
    Village,
    VillageSubmission,
)
from workbench.db.models.stakeholders import (
    Attendance,
    Commitment,
    Coverage,
    Engagement,
    EngagementVillage,
    Stakeholder,
)

__all__ = [
    "Activity",
    "ActivityType",
    "Allocation",
    "Area",
    "Assessment",
    "AssessmentHistory",
    "AssessmentVolume",
    "Attendance",
    "AuditEntry",
    "Commitment",
    "Coverage",
    "DbSetting",
    "District",
    "Engagement",
    "EngagementVillage",
    "FundingSource",
    "Location",
    "Shape",
    "PlanSignatory",
    "PlanVersion",
    "PriorityDecision",
    "PriorityList",
    "Proposal",
    "ProposalSource",
    "Stakeholder",
    "Subdistrict",
    "UserScope",
    "Village",
    "VillageSubmission",
    "Vote",
]
