"""Format mistakes on oslo.log loggers, through an alias and through self.log."""
# pylint: disable=missing-docstring,too-few-public-methods
from oslo_log import log as oslo_logging

LOG = oslo_logging.getLogger(__name__)


class Worker:
    def __init__(self):
        self.log = oslo_logging.getLogger(__name__)

    def run(self, x, y):
        LOG.info("%s and %s", x)  # [logging-too-few-args]
        LOG.warning("value %d" % x)  # [logging-not-lazy]
        self.log.debug("%s", x, y)  # [logging-too-many-args]
        self.log.error("{} is {}".format(x, y))  # [logging-format-interpolation]
        LOG.exception("%z", x)  # [logging-unsupported-format]
        LOG.trace("%s and %s", x)  # [logging-too-few-args]
        LOG.log(10, "%s %s", x)  # [logging-too-few-args]
