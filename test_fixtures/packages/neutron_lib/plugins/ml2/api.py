"""ML2's driver API: postcommit methods run after the plugin's transaction."""


class MechanismDriver:
    """What ML2 calls for each change of a resource."""

    def update_port_precommit(self, context):
        """Called inside the plugin's writer scope."""

    def update_port_postcommit(self, context):
        """Called after the transaction completes."""

    def delete_port_postcommit(self, context):
        """Called after the transaction completes."""
