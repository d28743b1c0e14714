"""CA operations: authorities, issuance, revocation, CRLs, export and queries."""
