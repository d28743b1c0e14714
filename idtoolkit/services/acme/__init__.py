"""An ACME server (RFC 8555, RFC 8737 tls-alpn-01, RFC 9773 renewal information) on the
toolkit's own issuance engine: every certificate goes through the profile checks, pkilint and
the audit trail like any other.

One module per job: :mod:`.problems` (RFC 7807 problem documents), :mod:`.jws` (strict JWS
checks), :mod:`.nonces` (stored, single-use nonces), :mod:`.endpoints` (what ``acme add``
configures), :mod:`.challenges` (http-01 and tls-alpn-01 validation), :mod:`.orders`
(accounts, orders, finalization, revocation) and :mod:`.handlers` (the URLs).
"""
