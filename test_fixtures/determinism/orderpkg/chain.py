"""A context passed down five calls to a writer; and a recursive one."""
# pylint: disable=missing-docstring
from orderpkg import facade


def c1(context):
    c2(context)


def c2(context):
    c3(context)


def c3(context):
    c4(context)


def c4(context):
    c5(context)


@facade.MAIN.writer
def c5(context):
    context.session.execute('UPDATE racks SET seen = 1')


def walk(context, depth):
    if depth:
        walk(context, depth - 1)
    else:
        c5(context)


def ping(context, times):
    if times:
        pong(context, times - 1)


def pong(context, times):
    ping(context, times)
    c5(context)
