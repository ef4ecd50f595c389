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

"""The checkers: one module per message family, named after its messages.

Checkers only report: what a message claims is computed by the model
packages (``pylint_oslo_review.ovo.model``, ``pylint_oslo_review.enginefacade``),
cached there per class or function for the whole run.
"""

from __future__ import annotations

from pylint_oslo_review.checkers.enginefacade_connection_closed import EnginefacadeConnectionClosedChecker
from pylint_oslo_review.checkers.enginefacade_decorator_placement import EnginefacadeDecoratorPlacementChecker
from pylint_oslo_review.checkers.enginefacade_error_caught_in_writer import EnginefacadeErrorCaughtInWriterChecker
from pylint_oslo_review.checkers.enginefacade_manager_usage import EnginefacadeManagerUsageChecker
from pylint_oslo_review.checkers.enginefacade_missing_context import EnginefacadeMissingContextChecker
from pylint_oslo_review.checkers.enginefacade_new_session_in_scope import EnginefacadeNewSessionInScopeChecker
from pylint_oslo_review.checkers.enginefacade_query_escapes_scope import EnginefacadeQueryEscapesScopeChecker
from pylint_oslo_review.checkers.enginefacade_reader_upgrade import EnginefacadeReaderUpgradeChecker
from pylint_oslo_review.checkers.enginefacade_retry_inside_transaction import EnginefacadeRetryInsideTransactionChecker
from pylint_oslo_review.checkers.enginefacade_session_begin_in_scope import EnginefacadeSessionBeginInScopeChecker
from pylint_oslo_review.checkers.enginefacade_session_outside_scope import EnginefacadeSessionOutsideScopeChecker
from pylint_oslo_review.checkers.enginefacade_write_in_reader import EnginefacadeWriteInReaderChecker
from pylint_oslo_review.checkers.enginefacade_writer_for_read_only import EnginefacadeWriterForReadOnlyChecker
from pylint_oslo_review.checkers.oslo_config_unknown_option import OsloConfigUnknownOptionChecker
from pylint_oslo_review.checkers.oslo_db_api import OsloDbApiChecker
from pylint_oslo_review.checkers.ovo_clone_loses_tracking import OvoCloneLosesTrackingChecker
from pylint_oslo_review.checkers.ovo_field_column import OvoFieldColumnChecker
from pylint_oslo_review.checkers.ovo_field_definitions import OvoFieldDefinitionsChecker
from pylint_oslo_review.checkers.ovo_field_names import OvoFieldNamesChecker
from pylint_oslo_review.checkers.ovo_field_values import OvoFieldValuesChecker
from pylint_oslo_review.checkers.ovo_fingerprint_mismatch import OvoFingerprintMismatchChecker
from pylint_oslo_review.checkers.ovo_make_compatible import OvoMakeCompatibleChecker
from pylint_oslo_review.checkers.ovo_redundant_reset_changes import OvoRedundantResetChangesChecker
from pylint_oslo_review.checkers.ovo_refresh_leaves_changes import OvoRefreshLeavesChangesChecker
from pylint_oslo_review.checkers.ovo_remotable import OvoRemotableChecker
from pylint_oslo_review.checkers.ovo_reset_not_recursive import OvoResetNotRecursiveChecker
from pylint_oslo_review.checkers.ovo_version import OvoVersionChecker

#: Every checker the plugin registers, in a fixed order.
CHECKERS = (
    EnginefacadeConnectionClosedChecker,
    EnginefacadeDecoratorPlacementChecker,
    EnginefacadeErrorCaughtInWriterChecker,
    EnginefacadeManagerUsageChecker,
    EnginefacadeMissingContextChecker,
    EnginefacadeNewSessionInScopeChecker,
    EnginefacadeQueryEscapesScopeChecker,
    EnginefacadeReaderUpgradeChecker,
    EnginefacadeRetryInsideTransactionChecker,
    EnginefacadeSessionBeginInScopeChecker,
    EnginefacadeSessionOutsideScopeChecker,
    EnginefacadeWriteInReaderChecker,
    EnginefacadeWriterForReadOnlyChecker,
    OsloConfigUnknownOptionChecker,
    OsloDbApiChecker,
    OvoCloneLosesTrackingChecker,
    OvoFieldColumnChecker,
    OvoFieldDefinitionsChecker,
    OvoFieldNamesChecker,
    OvoFieldValuesChecker,
    OvoFingerprintMismatchChecker,
    OvoMakeCompatibleChecker,
    OvoRedundantResetChangesChecker,
    OvoRefreshLeavesChangesChecker,
    OvoRemotableChecker,
    OvoResetNotRecursiveChecker,
    OvoVersionChecker,
)
