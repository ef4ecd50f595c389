"""Functional tests that need to live in an objects package."""
