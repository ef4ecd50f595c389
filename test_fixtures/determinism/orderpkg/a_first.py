"""Reaches the middle of the chains from far away (past the depth bounds)."""
# pylint: disable=missing-docstring
from orderpkg import chain
from orderpkg import facade
from orderpkg import helpers
from orderpkg import objects


@facade.MAIN.writer
def uses_the_whole_chain(context):
    chain.c1(context)


def reset_around_the_whole_chain():
    rack = objects.Rack()
    rack.obj_reset_changes()
    helpers.h1(rack)
    rack.obj_reset_changes()
