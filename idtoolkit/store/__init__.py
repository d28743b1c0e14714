"""The store layer: the schema (``models``), opening a workspace's database (``db``), and
every query, one module per table (``cas``, ``certificates``, ``revocations``, ``crls``,
``service_credentials``, ``audit_events``).

Engine modules ask these functions, passing the session of the transaction they own, and
never build SQL themselves: a reader finds every query the toolkit runs here.
"""
