"""The staff admin of commitments, by concern: reference data, tracking, extraction and review."""

from commitments.admin import extraction, reference, tracking

__all__ = ["extraction", "reference", "tracking"]
