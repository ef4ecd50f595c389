"""Plugins found at run time (entry points), each with its own options."""


def discover():
    return []
