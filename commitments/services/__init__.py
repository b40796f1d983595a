"""Every write on commitments and obligations goes through here; the admin, the API, imports, the review and
tasks call these. By concern: ``tracking`` (commitments, owners, statuses, withdrawals), ``obligations``."""

from commitments.services.obligations import (
    annual_reports_open,
    obligation_complete,
    obligation_create,
    obligation_decision_apply,
    obligation_extend,
    transparency_reports_import,
)
from commitments.services.proposals import proposal_approve, proposal_return, proposal_submit
from commitments.services.tracking import (
    StaleVersion,
    commitment_create,
    commitment_owners_add,
    commitment_update,
    commitments_edit_links,
    commitments_extend_to_new_parties,
    ownerships_close_after_withdrawal,
    status_record,
    status_set_many,
    status_vocabulary_save,
    withdrawals_apply,
)

__all__ = [
    "StaleVersion",
    "annual_reports_open",
    "commitment_create",
    "commitment_owners_add",
    "commitment_update",
    "commitments_edit_links",
    "commitments_extend_to_new_parties",
    "obligation_complete",
    "obligation_create",
    "obligation_decision_apply",
    "obligation_extend",
    "ownerships_close_after_withdrawal",
    "proposal_approve",
    "proposal_return",
    "proposal_submit",
    "status_record",
    "status_set_many",
    "status_vocabulary_save",
    "transparency_reports_import",
    "withdrawals_apply",
]
