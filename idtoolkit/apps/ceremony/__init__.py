"""Key ceremonies: scripts as data, a hash-chained transcript, role signatures, rehearsals."""
