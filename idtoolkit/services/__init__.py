"""Services an e-service developer points at: OCSP, CRLs and CA certificates over HTTP."""
