"""Flag overlapping stories in a run and against earlier runs: flags only, nothing is deleted.

Two kinds of overlap, each a pair listed on both documents with a similarity and its measure:

- ``near_duplicate``: copies of one text - syndicated, reposted, updated, trimmed or excerpted
  (cleaners/copies.py; measure ``jaccard`` or ``containment``);
- ``same_story``: different write-ups of one event in one language (cleaners/overlap/stories.py;
  ``weighted_jaccard``, with the shared terms that weigh most), compared only when their dates are
  at most a week apart. A document's date is its own when known (declared, in its URL or its
  dateline); an undated document is placed on the day it was first indexed, else the day of this
  run, and a pair with an undated document needs stronger evidence. Copies of one text tell their
  story once: only the representative of a cluster of copies takes part (and counts in the term
  frequencies), so the other copies carry the ``near_duplicate`` link to it and no ``same_story``
  flags of their own.

Clusters are the connected components of the flagged pairs of ``cluster_kinds`` (both kinds by
default: a story told twice is one cluster). Only documents that overlap another get (cluster,
representative); cleaners/overlap/clusters.py gives the representative rule: earliest date, else
longest text, else smallest id.

How the flow uses it::

    signatures = [sign_document(d.id, d.text, title=d.title, date=d.date) for d in kept]  # batches
    index = OverlapIndex.load(state / INDEX_FILE)  # once per run, in one task
    flags = flag_overlaps(signatures, index)
    ...manifest: flags.overlaps.get(doc_id, ()), flags.clusters[doc_id]...
    index.add(signatures, flags)  # once the run's outputs are written
    write_atomic_with(state / INDEX_FILE, index.write)  # flows/output.py: streamed, atomic

State: one file, ``<state folder>/overlap-index.npz`` (cleaners/overlap_index.py), loaded and saved
whole by each run, 2-3 KB a document: the signatures, term counts and pairs. Candidates come from
the banding of the MinHash values of the run's and the indexed documents (cleaners/banding.py: a
``MinHashLSH``'s candidates, with numpy), a group of bands at a time; nothing but the signatures
is kept between runs. ``bench/overlap.py --scale`` prints the time and peak memory of this step
for runs of 10,000 to 100,000 documents. Reset: delete the file; the next run then flags only
among its own documents (run with ``--full`` to index every document again). A document
processed again under the same id replaces its entry, its pairs and its term counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date as Date

import numpy as np

from cleaners.overlap.arrays import collector_paused, release_free_memory
from cleaners.overlap.clusters import cluster_documents, join_stories, left_clusters
from cleaners.overlap.copies import flag_copies
from cleaners.overlap.index import IndexedPair, OverlapIndex, OverlapIndexError, TermFrequencies
from cleaners.overlap.salient import name_terms
from cleaners.overlap.signature import Signature
from cleaners.overlap.stories import StoryPair, StoryScope, flag_stories
from cleaners.overlap.thresholds import MERGE_SCALED, NEAR_CONTAINMENT, NEAR_JACCARD, WINDOW_DAYS
from cleaners.overlap.weights import term_counts
from cleaners.records import Overlap

KINDS = ("near_duplicate", "same_story")

INDEX_FILE = "overlap-index.npz"

__all__ = ["INDEX_FILE", "OverlapFlags", "OverlapIndex", "OverlapIndexError", "flag_overlaps"]


@dataclass(frozen=True, slots=True, eq=False)
class OverlapFlags:
    """What one run flagged: pairs, each document's overlaps, and clusters."""

    pairs: tuple[IndexedPair, ...]  # sorted by (a, b); a < b
    overlaps: dict[str, tuple[Overlap, ...]]  # for every document in a pair (run or index)
    clusters: dict[str, tuple[str, str]]  # (cluster, representative) of overlapping documents
    distinct: frozenset[
        str
    ]  # the run's documents that are not copies of another: they count for IDF
    today: Date
    # Earlier documents clustered through a pair with a run document that are in no cluster now.
    unclustered: frozenset[str] = frozenset()


@collector_paused()
def flag_overlaps(
    signatures: list[Signature],
    index: OverlapIndex,
    *,
    today: Date | None = None,
    cluster_kinds: tuple[str, ...] = KINDS,
    near_jaccard: float = NEAR_JACCARD,
    near_containment: float = NEAR_CONTAINMENT,
    story_merge: float = MERGE_SCALED,
    window_days: int = WINDOW_DAYS,
) -> OverlapFlags:
    """Return the overlaps of a run's documents among themselves and with the indexed ones.

    ``index`` is not changed (add the run's signatures once its outputs are written). ``today``
    dates undated documents of this run (default: the local date). The thresholds are those of
    `flag_copies` (``near_*``) and `flag_stories` (``story_merge``, ``window_days``).
    """
    today = today or Date.today()
    run = sorted(signatures, key=lambda s: s.doc_id)
    ids = {s.doc_id for s in run}
    if len(ids) != len(run):
        raise ValueError("signatures must have distinct document ids")
    old = [index.signatures[i] for i in sorted(index.signatures) if i not in ids]
    pairs = [
        IndexedPair(a, b, "near_duplicate", round(s, 4), m)
        for (a, b), (s, m) in flag_copies(
            run, old, jaccard_from=near_jaccard, containment_from=near_containment
        ).items()
    ]
    release_free_memory()
    copies = cluster_documents(run, index, pairs, ("near_duplicate",))
    # Copies of one text are one story told once: only their representative takes part.
    distinct = [s for s in run if copies.get(s.doc_id, (s.doc_id, s.doc_id))[1] == s.doc_id]
    distinct_old = [
        s
        for s in old
        if (copies[s.doc_id][1] == s.doc_id if s.doc_id in copies else s.doc_id in index.counted)
    ]
    stories = flag_same_story(
        distinct, distinct_old, index, run, today, merge_from=story_merge, window_days=window_days
    )
    release_free_memory()  # the same-story arrays, before a million overlap records are built
    signed = {s.doc_id: s for s in [*run, *old]}
    pairs += [
        IndexedPair(
            a,
            b,
            "same_story",
            round(p.similarity, 4),
            "weighted_jaccard",
            story_terms(p, signed[a], signed[b]),
        )
        for (a, b), p in stories.items()
    ]
    pairs.sort(key=lambda p: (p.a, p.b))
    if cluster_kinds == ("near_duplicate",):
        clusters = copies
    elif cluster_kinds == KINDS:  # the copies' clusters, joined by this run's and earlier stories
        clusters = join_stories(copies, pairs, index, signed, {s.doc_id for s in run})
    else:
        clusters = cluster_documents(run, index, pairs, cluster_kinds)
    return OverlapFlags(
        pairs=tuple(pairs),
        overlaps=overlaps_by_document(pairs),
        clusters=clusters,
        distinct=frozenset(s.doc_id for s in distinct),
        today=today,
        unclustered=left_clusters(index, ids, clusters, cluster_kinds),
    )


def flag_same_story(
    run: list[Signature],
    old: list[Signature],
    index: OverlapIndex,
    replacing: list[Signature],
    today: Date,
    *,
    merge_from: float = MERGE_SCALED,
    window_days: int = WINDOW_DAYS,
) -> dict[tuple[str, str], StoryPair]:
    """Return the same-story pairs of the run's documents and the indexed ones in their window.

    ``run`` and ``old`` are the distinct texts of the run and of the index; ``replacing`` every
    run document (it replaces its indexed entry in the term counts).
    """
    if not run:
        return {}
    days = {s.doc_id: s.date or index.first_seen.get(s.doc_id) or today for s in run}
    first, last = min(days.values()), max(days.values())
    for s in old:
        day = s.date or index.first_seen.get(s.doc_id) or today
        if (first - day).days <= window_days and (day - last).days <= window_days:
            days[s.doc_id] = day
    scope = sorted([*run, *(s for s in old if s.doc_id in days)], key=lambda s: s.doc_id)
    new = {s.doc_id for s in run}
    corpus = Corpus(index, replacing, run)
    sites = {site: n for n, site in enumerate(sorted({s.site for s in scope} - {""}))}
    story_scope = StoryScope(
        ids=[s.doc_id for s in scope],
        terms=[s.terms for s in scope],
        boosts=[s.term_boosts for s in scope],
        days=np.array([days[s.doc_id].toordinal() for s in scope], dtype=np.int64),
        new=np.array([s.doc_id in new for s in scope], dtype=bool),
        dated=np.array([s.date is not None for s in scope], dtype=bool),
        documents=np.array([max(corpus.languages.get(s.language, 0), 1) for s in scope]),
        sites=np.array([sites.get(s.site, -1) for s in scope], dtype=np.int64),
        specs=[s.title_specs for s in scope],
        codes=[s.codes for s in scope],
        zipf=[s.term_zipf for s in scope],
    )
    counts = term_counts(story_scope.terms, corpus.frequencies)
    del corpus  # the run's term table (~1.4 KB a document) is not needed past the counts
    release_free_memory()
    return flag_stories(story_scope, counts, merge_from=merge_from, window_days=window_days)


def story_terms(pair: StoryPair, a: Signature, b: Signature) -> tuple[str, ...]:
    """Return how the two documents spell the shared terms that made a pair, heaviest first."""
    wanted = np.array(pair.terms, dtype=np.uint64)
    spelled = name_terms(a.lexicon, a.language, wanted)
    if len(spelled) < len(wanted):  # a word one text capitalises after its lead, the other not
        spelled = {**name_terms(b.lexicon, b.language, wanted), **spelled}
    return tuple(spelled[t] for t in pair.terms if t in spelled)


class Corpus:
    """Document frequencies of distinct texts once a run's documents replace or join the index."""

    def __init__(self, index: OverlapIndex, run: list[Signature], distinct: list[Signature]):
        replaced = [index.signatures[s.doc_id] for s in run if s.doc_id in index.counted]
        self.index = index
        self.added, self.removed = TermFrequencies(distinct), TermFrequencies(replaced)
        # Distinct texts of each language: terms are salted by language, so is their IDF.
        self.languages: dict[str, int] = Counter(
            index.signatures[i].language for i in index.counted
        )
        self.languages.subtract(s.language for s in replaced)
        self.languages.update(s.language for s in distinct)

    def frequencies(self, terms: np.ndarray) -> np.ndarray:
        """Return how many distinct texts contain each term."""
        return (
            self.index.terms.lookup(terms) + self.added.lookup(terms) - self.removed.lookup(terms)
        )


def overlaps_by_document(pairs: list[IndexedPair]) -> dict[str, tuple[Overlap, ...]]:
    """Return each document's overlaps: both sides of every pair, most similar first."""
    found: dict[str, list[Overlap]] = {}
    for p in pairs:
        found.setdefault(p.a, []).append(
            Overlap(p.b, p.kind, p.similarity, p.measure, p.terms or None)
        )
        found.setdefault(p.b, []).append(
            Overlap(p.a, p.kind, p.similarity, p.measure, p.terms or None)
        )
    return {
        doc_id: tuple(sorted(items, key=lambda o: (o.kind, -o.similarity, o.id)))
        for doc_id, items in sorted(found.items())
    }
