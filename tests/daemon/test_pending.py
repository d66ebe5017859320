from __future__ import annotations

import threading

from webhunt.daemon.pending import PendingSet


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_storm_of_events_is_one_entry_per_path() -> None:
    clock = Clock()
    p = PendingSet(100, clock=clock)
    for _ in range(1000):
        for name in ("a", "b", "c"):
            assert p.add(name, 0.0)
    assert len(p) == 3
    taken = {p.take(0), p.take(0), p.take(0)}
    assert taken == {"a", "b", "c"}
    assert p.take(0) is None
    # the heap of due times stays bounded too
    assert len(p._heap) <= 2 * 3 + 1024


def test_debounce_waits_for_quiet_and_close_makes_it_due_at_once() -> None:
    clock = Clock()
    p = PendingSet(10, max_wait=5.0, clock=clock)
    p.add("f", 0.5)
    assert p.take(0) is None
    clock.now += 0.4
    p.add("f", 0.5)  # written again: quiet period starts over
    clock.now += 0.4
    assert p.take(0) is None
    clock.now += 0.2
    assert p.take(0) == "f"
    p.done("f")
    p.add("g", 0.5)
    p.add("g", 0.0)  # the writer closed the file
    assert p.take(0) == "g"


def test_a_file_written_without_pause_is_taken_by_max_wait() -> None:
    clock = Clock()
    p = PendingSet(10, max_wait=2.0, clock=clock)
    for _ in range(30):
        p.add("log", 0.5)
        clock.now += 0.1
        if (got := p.take(0)) is not None:
            break
    assert got == "log"
    assert clock.now - 1000.0 <= 2.2


def test_a_path_in_flight_is_queued_again_not_scanned_twice_at_once() -> None:
    clock = Clock()
    p = PendingSet(10, clock=clock)
    p.add("x")
    assert p.take(0) == "x"
    p.add("x")  # changed while being scanned
    assert p.take(0) is None  # not handed to a second worker meanwhile
    p.done("x")
    assert p.take(0) == "x"
    p.done("x")
    assert p.take(0) is None


def test_full_set_refuses_and_clear_drops() -> None:
    p = PendingSet(3)
    assert all(p.add(str(i)) for i in range(3))
    assert p.add("1")  # already there: no new room needed
    assert not p.add("new")
    assert p.clear() == 3
    assert p.add("new")


def test_take_blocks_until_added_and_close_wakes_takers() -> None:
    p = PendingSet(10)
    got: list[str | None] = []

    def taker() -> None:
        got.append(p.take())

    threads = [threading.Thread(target=taker) for _ in range(3)]
    for t in threads:
        t.start()
    p.add("one")
    threads[0].join(0.01)
    deadline = 100
    while not got and deadline:
        threads[0].join(0.05)
        deadline -= 1
    assert got == ["one"]  # one taker woke up for the one path, the others still wait
    p.close()
    for t in threads:
        t.join(5)
    assert sorted(map(str, got)) == ["None", "None", "one"]
