"""The staff admin of commitments, by concern: reference data, tracking, obligations, extraction and review."""

from commitments.admin import extraction, obligations, proposals, reference, tracking

__all__ = ["extraction", "obligations", "proposals", "reference", "tracking"]
