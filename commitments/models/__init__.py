"""The commitments app's models, by concern: reference data, tracking, obligations, proposals."""

from commitments.models.choices import (
    CommitmentKind,
    DatePrecision,
    ObligationEventKind,
    ObligationKind,
    ObligationState,
    OwnerResponse,
    ReviewState,
    RuleKind,
)
from commitments.models.obligations import DeadlineExtension, Obligation, ObligationEvent
from commitments.models.proposals import ProposalState, StatusProposal
from commitments.models.reference import Action, ActionPlan, ActionPlanSection, Theme
from commitments.models.tracking import Commitment, CommitmentOwner, Evidence, Status, StatusUpdate

__all__ = [
    "Action",
    "ActionPlan",
    "ActionPlanSection",
    "Commitment",
    "CommitmentKind",
    "CommitmentOwner",
    "DatePrecision",
    "DeadlineExtension",
    "Evidence",
    "Obligation",
    "ObligationEvent",
    "ObligationEventKind",
    "ObligationKind",
    "ObligationState",
    "OwnerResponse",
    "ProposalState",
    "ReviewState",
    "RuleKind",
    "Status",
    "StatusProposal",
    "StatusUpdate",
    "Theme",
]
