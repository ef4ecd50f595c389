"""A neutron-shaped project: conf helpers that agents call."""
