"""Printouts as device-independent documents, and the persisted print jobs."""
