"""Secrets a terminal keeps: PIN hashes (scrypt) and the lockout after repeated failures."""
