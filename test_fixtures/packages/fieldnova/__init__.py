"""A nova-shaped project (2015) for ovo-field-column-mismatch: objects
reach the models through ``nova.db``'s IMPL, and the schema is built by
sqlalchemy-migrate scripts that may disagree with the models."""
