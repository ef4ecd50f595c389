"""enginefacade-writer-for-read-only: a writer scope on a function that only reads."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

MAIN = enginefacade.transaction_context()


class Trait:
    name = None
    id = None


class ProviderTrait:
    trait_id = None


class TraitNotFound(Exception):
    pass


@MAIN.writer  # [enginefacade-writer-for-read-only]
def _get_by_name_from_db(context, name):
    """placement's Trait._get_by_name_from_db before 07088532f8."""
    result = context.session.query(Trait).filter_by(name=name).first()
    if not result:
        raise TraitNotFound(name)
    return result


@MAIN.writer  # [enginefacade-writer-for-read-only]
def _get_all_from_db(context, filters):
    """placement's TraitList._get_all_from_db before 07088532f8."""
    if not filters:
        filters = {}
    query = context.session.query(Trait)
    if 'name_in' in filters:
        query = query.filter(Trait.name.in_([str(n) for n in filters['name_in']]))
    if filters.get('associated'):
        query = query.join(ProviderTrait, Trait.id == ProviderTrait.trait_id).distinct()
    return query.all()


@MAIN.writer  # [enginefacade-writer-for-read-only]
def count_in(context, names):
    used = context.session.query(ProviderTrait.trait_id)
    return context.session.query(Trait).filter(Trait.id.in_(used), Trait.name.in_(names)).count()
