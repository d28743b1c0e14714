"""Linting with pkilint: :mod:`.linter` (pkilint's API, mirrored once with types),
:mod:`.incremental` (a bulk job's certificates linted piece by piece, as a full lint would),
:mod:`.results` (the result types, importable without pkilint) and :mod:`.worker` (a lint
process beside a bulk job's signing loop)."""
