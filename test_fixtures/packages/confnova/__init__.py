"""A nova-shaped project: conf/__init__.py registers every conf module."""
