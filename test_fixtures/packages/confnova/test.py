"""Like nova/test.py: TestCase.flags() overrides options for one test."""

import unittest

import confnova.conf

CONF = confnova.conf.CONF


class TestCase(unittest.TestCase):
    def flags(self, **kw):
        """Override flag variables for a test."""
        group = kw.pop("group", None)
        for k, v in kw.items():
            CONF.set_override(k, v, group)
