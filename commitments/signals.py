"""Signals the commitments app sends, so that higher layers (the dashboards) can follow it without being called."""

from django.dispatch import Signal

# Sent after the owners or statuses of a commitment changed (inside the writer's transaction): any summary of
# progress is out of date. Sender: the Commitment class; keyword ``commitment``.
progress_changed = Signal()
# Sent when ``record_status`` appended an update (inside its transaction). Sender: StatusUpdate; keyword ``update``.
status_recorded = Signal()
# Sent when ISU staff return a proposed status update to its State (inside the review's transaction): nothing
# reaches the record, so no status change is sent; the State is told here. Sender: StatusProposal; ``proposal``.
proposal_returned = Signal()
