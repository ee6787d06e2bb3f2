"""The queue: numbers, the calling policy, waits."""
