"""Sync with the central server: enrolment, push of the outbox, pull of the center's feed."""
