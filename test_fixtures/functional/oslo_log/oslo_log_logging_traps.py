"""Correct oslo.log calls, and look-alikes that are not logging calls."""
# pylint: disable=missing-docstring,too-few-public-methods
import logging

from oslo_log import log as oslo_logging

LOG = oslo_logging.getLogger(__name__)


class Adapter(logging.LoggerAdapter):
    """A project adapter with its own info(): not judged by logging's rules."""

    def info(self, msg, *args, **kwargs):  # pylint: disable=arguments-differ
        super().info(msg % kwargs.pop('values', ()), *args, **kwargs)


class Reporter:
    def info(self, first, second):
        return first, second


def run(x, y, rows):
    LOG.info("%s and %s", x, y)
    LOG.info("fine", resource=x)
    LOG.debug("%(a)s and %(b)s", {'a': x, 'b': y})
    LOG.trace("%(a)s", {'a': x})
    LOG.warn("ok %s", x)
    LOG.log(10, "%s", x)
    LOG.info("%s rows", *rows)
    LOG.info("100% done, no arguments: printed as it is")
    Adapter(logging.getLogger(__name__), {}).info("%s", 1, 2)
    Reporter().info("%s and %s", x)
    LOG.logger.setLevel(logging.DEBUG)
