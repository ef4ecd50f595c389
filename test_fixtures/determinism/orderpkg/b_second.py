"""Asks about the middle of the chains directly: the answers are complete."""
# pylint: disable=missing-docstring
from orderpkg import chain
from orderpkg import facade
from orderpkg import helpers
from orderpkg import objects


@facade.MAIN.reader
def reads_then_writes(context):
    chain.c3(context)


@facade.MAIN.reader
def reads_then_walks(context):
    chain.walk(context, 3)


@facade.MAIN.reader
def reads_then_pings(context):
    chain.ping(context, 3)


def reset_around_the_end_of_the_chain():
    rack = objects.Rack()
    rack.obj_reset_changes()
    helpers.h4(rack)
    rack.obj_reset_changes()
