"""Signing documents and validating their signatures, for e-service developers.

CMS/CAdES (detached, any file) and PAdES (PDF) signatures are produced by pyHanko around our
own :class:`~idtoolkit.keys.signer.Signer`, so a key on a token never leaves it. Validation uses
pyHanko and pyhanko-certvalidator with revocation information we fetch ourselves from the URLs in
the certificates (or find embedded in the signature), so the report can say where each answer
came from, and ``--at`` works for any time.
"""

from idtoolkit.asn1_definite import install as _keep_definite_lengths

_keep_definite_lengths()  # before pyHanko dumps anything: see idtoolkit.asn1_definite
