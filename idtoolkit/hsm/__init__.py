"""PKCS#11 key store: CA keys generated and used on a token (an HSM, a smart card, SoftHSM2).

python-pkcs11 is imported only when a token is used, so software-only workspaces never need
a PKCS#11 module.
"""
