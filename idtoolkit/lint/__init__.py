"""Linting with pkilint: :mod:`.linter` (the only module that imports pkilint),
:mod:`.results` (the result types, importable without pkilint) and :mod:`.worker` (a lint
process beside a bulk job's signing loop)."""
