"""E-level enginefacade messages are not given where a test expects the failure."""
# pylint: disable=missing-docstring,unused-variable,unnecessary-lambda
import unittest

import pytest
import testtools
from oslo_db.sqlalchemy import enginefacade

MAIN = enginefacade.transaction_context()


class FacadeTest(unittest.TestCase):
    def test_with_assert_raises(self):
        with self.assertRaises(TypeError):
            @MAIN.reader
            @classmethod
            def count(cls, context):
                return context

    def test_assert_raises_regex(self):
        with self.assertRaisesRegex(TypeError, "makes no sense"):
            manager = MAIN.writer.async_

    def test_pytest_raises(self):
        with pytest.raises(TypeError):
            with MAIN.reader(object()):
                pass

    def test_expected_exception(self):
        with testtools.ExpectedException(TypeError):
            with MAIN.writer.independent.savepoint.using(object()):
                pass

    def test_call_form(self):
        self.assertRaises(TypeError, MAIN.writer, object())

    def test_lambda(self):
        self.assertRaises(TypeError, lambda: MAIN.writer.allow_async)

    def test_nested_function(self):
        def _begin_twice(context):
            with MAIN.writer.using(context) as session:
                session.begin()

        self.assertRaises(Exception, _begin_twice, object())

    def test_still_reported(self):
        manager = MAIN.writer.async_  # [enginefacade-invalid-modifier]
        with self.assertRaises(TypeError):
            pass
        return manager

    def test_function_defined_under_the_with_runs_later(self):
        with self.assertRaises(TypeError):
            def later(context):
                with MAIN.writer.using(context) as session:
                    session.begin()  # [enginefacade-session-begin-in-scope]
        return later
