"""Helpers an object is handed down: none changes its fields."""
# pylint: disable=missing-docstring


def h1(obj):
    h2(obj)


def h2(obj):
    h3(obj)


def h3(obj):
    h4(obj)


def h4(obj):
    h5(obj)


def h5(obj):
    return obj.id
