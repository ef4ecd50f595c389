"""enginefacade-writer-for-read-only: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

MAIN = enginefacade.transaction_context()


class Trait:
    name = None
    id = None


@MAIN.reader
def get_by_name(context, name):
    return context.session.query(Trait).filter_by(name=name).first()


@MAIN.writer
def rename(context, name, new):
    trait = context.session.query(Trait).filter_by(name=name).first()
    trait.name = new  # flushed when the writer commits
    return trait


@MAIN.writer
def touch(context, name):
    trait = context.session.query(Trait).filter_by(name=name).first()
    trait.update({'name': name})
    return trait


@MAIN.writer
def delete(context, name):
    return context.session.query(Trait).filter_by(name=name).delete()


@MAIN.writer
def lock(context, name):
    return context.session.query(Trait).filter_by(name=name).with_for_update().first()


@MAIN.writer
def passes_context(context, name):
    _sync(context)
    return context.session.query(Trait).filter_by(name=name).first()


@MAIN.writer
def passes_rows(context, name):
    rows = context.session.query(Trait).filter_by(name=name).all()
    return _mark(rows)


@MAIN.writer
def adds(context, trait):
    context.session.add(trait)
    return context.session.query(Trait).count()


@MAIN.writer
def executes(context, statement):
    return context.session.execute(statement)


@MAIN.writer
def sets_item(context, name, cache):
    cache[name] = context.session.query(Trait).filter_by(name=name).first()
    return cache


@MAIN.writer
def block_inside(context, name):
    with MAIN.reader.using(context):
        return context.session.query(Trait).filter_by(name=name).first()


@MAIN.writer
def generator(context):
    yield from context.session.query(Trait).all()


@MAIN.writer
def nothing(context, name):
    return name


def _sync(context):
    return context


def _mark(rows):
    return rows
