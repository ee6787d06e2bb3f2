"""The central server: enrolment, sync (push/pull), the shared queue. No Qt, no device drivers."""
