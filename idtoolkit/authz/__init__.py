"""Operators, roles and approvals (issue 27): who may change the workspace, proved with
their own key, and which changes need other operators' signed approval.

Modules: :mod:`.roles` and :mod:`.actions` (what exists), :mod:`.identity` (signing in,
proofs), :mod:`.guard` (the one authorization point every public write function passes),
:mod:`.approvals` (requests, decisions, execution), :mod:`.management` (operators, policy).
"""
