"""How many times a search asks FTS5 for its match, and that asking fewer times changes
no answer. A typed prefix is expanded to every indexed word starting with it each time a
statement runs the match; with a short prefix in a big journal that is the whole cost."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.search import HIT_END, HIT_START
from trustjournal.storage.search import RANK_MAX


def run_counting_matches(journal, typed: str, limit: int, tags: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """Journal.search, with the statements that ran the match."""
    statements: list[str] = []
    with journal._gateway.watch(statements.append):
        hits = journal.search(typed, tags=tags, limit=limit)
    return hits, [s for s in statements if "MATCH" in s]


def test_a_broad_search_runs_its_match_once(journal) -> None:
    for n in range(RANK_MAX + 5):
        journal.create_entry(title=f"walk {n}", body="a river walk",
                             tags=["even"] if n % 2 == 0 else [])
    hits, matches = run_counting_matches(journal, "riv", limit=20)
    assert [h.entry.title for h in hits] == [f"walk {n}" for n in range(RANK_MAX + 4,
                                                                          RANK_MAX - 16, -1)]
    assert all(f"{HIT_START}river{HIT_END}" in h.snippet for h in hits)
    assert len(matches) == 1, matches
    # A filter that drops every other entry still fills the page from the same walk.
    hits, matches = run_counting_matches(journal, "river", limit=20, tags=("even",))
    newest_even = [n for n in range(RANK_MAX + 4, -1, -1) if n % 2 == 0][:20]
    assert [h.entry.title for h in hits] == [f"walk {n}" for n in newest_even]
    assert len(matches) == 1, matches


def test_few_matches_are_ranked_with_ties_oldest_first(journal) -> None:
    """The ranking the SQL `ORDER BY bm25` gave: best first, equal scores in the order
    they were written; also when the page is smaller than the matches."""
    journal.create_entry(title="filler", body="nothing to see", local_date=dt.date(2024, 1, 1))
    journal.create_entry(title="once", body="river " + "filler " * 40)
    for n in range(4):
        journal.create_entry(title=f"twin {n}", body="a river walk")
    journal.create_entry(title="thrice", body="river river river")
    expected = ["thrice", "twin 0", "twin 1", "twin 2", "twin 3", "once"]
    hits, matches = run_counting_matches(journal, "river", limit=50)
    assert [h.entry.title for h in hits] == expected
    assert all(f"{HIT_START}river{HIT_END}" in h.snippet for h in hits)
    assert len(matches) == 2, matches  # the walk, then the scores of its few matches
    hits, _ = run_counting_matches(journal, "river", limit=3)
    assert [h.entry.title for h in hits] == expected[:3]
    assert all(f"{HIT_START}river{HIT_END}" in h.snippet for h in hits)
    trashed = journal.search("thrice")[0].entry.uuid
    journal.trash_entry(trashed)
    hits, _ = run_counting_matches(journal, "river", limit=50)
    assert [h.entry.title for h in hits] == expected[1:]
