"""Old nova's shape (Queens): objects that write from ``_from_db_object``.

``db/api.py`` forwards to ``db/sqlalchemy_api.py`` through an oslo.db
backend object (``IMPL``), and that module spells the async reader
``.async``, as code written before Python 3.7 did: it is a syntax error
today, read for its imports only. ``objects/widget.py`` saves a widget
that has no UUID yet while building it from its row (nova's services and
PCI devices in bug 1746509).
"""
