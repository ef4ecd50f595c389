# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.

"""The transaction manager, created on first use as neutron-lib does."""

from oslo_db.sqlalchemy import enginefacade

_CTX_MANAGER = None


def _create_context_manager():
    global _CTX_MANAGER  # pylint: disable=global-statement
    if _CTX_MANAGER is None:
        _CTX_MANAGER = enginefacade.transaction_context()
    return _CTX_MANAGER


def get_context_manager():
    """The manager, created when first asked for."""
    if _CTX_MANAGER is None:
        return _create_context_manager()
    return _CTX_MANAGER


def get_writer_session():
    """A session outside any transaction scope."""
    return get_context_manager().writer.get_sessionmaker()()


CONTEXT_READER = get_context_manager().reader
CONTEXT_WRITER = get_context_manager().writer


def is_session_active(session):
    """Whether the session is in a transaction."""
    return session.in_transaction()


def retry_db_errors(f):
    """Retries *f* on database errors (neutron-lib wraps oslo.db's wrap_db_retry)."""
    return f


def retry_if_session_inactive(context_var_name='context'):
    """Retries only if the session in the context is inactive (neutron-lib 2.21 on)."""
    def decorator(f):
        f_with_retry = retry_db_errors(f)

        def wrapped(*args, **kwargs):
            context = kwargs.get(context_var_name)
            if context.session and is_session_active(context.session):
                return f(*args, **kwargs)
            return f_with_retry(*args, **kwargs)
        return wrapped
    return decorator
