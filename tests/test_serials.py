"""Serial numbers: random, positive, under 20 octets, and never the same in two processes."""

from __future__ import annotations

import os

from idtoolkit.ca import serials


def test_serials_are_positive_159_bit_numbers_never_repeated() -> None:
    drawn = [serials.new_serial() for _ in range(3 * serials._DRAW + 7)]
    assert len(set(drawn)) == len(drawn)
    assert all(0 < s < 2**159 for s in drawn)
    assert max(drawn).bit_length() > 150  # 159 random bits, not a counter


def test_a_forked_child_does_not_hand_out_the_parent_s_next_serials() -> None:
    """serve's workers and helpers may fork: serials drawn ahead in the parent stay there."""
    serials.new_serial()  # the parent has serials drawn ahead
    ahead = set(serials._DRAWN)
    assert ahead
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write its first serials and leave at once
        os.close(read)
        os.write(write, ",".join(str(serials.new_serial()) for _ in range(20)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        child = {int(s) for s in pipe.read().split(",")}
    os.waitpid(pid, 0)
    assert len(child) == 20 and not child & ahead
