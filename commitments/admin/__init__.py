"""The staff admin of commitments, by concern: reference data, tracking, obligations and proposals."""

from commitments.admin import obligations, proposals, reference, tracking

__all__ = ["obligations", "proposals", "reference", "tracking"]
