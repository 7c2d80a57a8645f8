"""Group flagged documents: connected components, average-linkage clusters and representatives.

Representative rule (one per cluster, used to write a deduplicated corpus): the document with the
earliest known date (the original usually comes first; copies and excerpts follow), else - when
no member has a date, or between members of the same date - the longest text (a full copy over an
excerpt), else the smallest id. A cluster is named after its representative.

Across runs (cleaners/overlap/flags.py): `join_stories` and `cluster_documents` find the clusters
a run changes, with the indexed pairs of earlier runs; `left_clusters` the earlier documents
that leave theirs.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import date as Date

import numpy as np

from cleaners.overlap.index import IndexedPair, OverlapIndex
from cleaners.overlap.signature import Signature

Pair = tuple[str, str]


def connected_components(ids: Iterable[str], pairs: Iterable[Pair]) -> dict[str, str]:
    """Return each id's component, named by the component's smallest id."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in parent}


def average_linkage(
    similarities: dict[tuple[Hashable, Hashable], float], threshold: float
) -> dict[Hashable, Hashable]:
    """Return each id's cluster: merge clusters whose mean pairwise similarity reaches threshold.

    Pairs are taken from the most similar down; two clusters merge when the mean similarity over
    all their cross pairs (a pair with no similarity counts 0) is at least ``threshold``, so one
    strong link cannot chain two unrelated groups together. Clusters are named by their smallest
    member; ties between equal similarities are broken by the pair, so the result does not depend
    on the order of ``similarities``.
    """
    neighbours: dict[Hashable, dict[Hashable, float]] = {}
    for (a, b), s in similarities.items():
        neighbours.setdefault(a, {})[b] = s
        neighbours.setdefault(b, {})[a] = s
    cluster = {i: i for i in neighbours}
    members = {i: [i] for i in neighbours}
    ranked = sorted(similarities.items(), key=lambda item: (-item[1], item[0]))
    for (a, b), s in ranked:
        if s < threshold:
            break
        ca, cb = cluster[a], cluster[b]
        if ca == cb:
            continue
        small, large = sorted((ca, cb), key=lambda c: (len(members[c]), c))
        total = sum(
            s2 for x in members[small] for y, s2 in neighbours[x].items() if cluster[y] == large
        )
        if total / (len(members[small]) * len(members[large])) >= threshold:
            keep, gone = min(small, large), max(small, large)
            for x in members[gone]:
                cluster[x] = keep
            members[keep].extend(members.pop(gone))
    return cluster


def linkage_clusters(pairs: np.ndarray, similarities: np.ndarray, threshold: float) -> dict:
    """Return `average_linkage` of (i, j) pairs given as arrays; an id left out is its own cluster.

    Clusters only grow along pairs at ``threshold`` or above, and only the pairs inside one of
    their connected components count: the others (at 100,000 documents, all but a few percent)
    are left out before the linkage builds its Python objects.
    """
    strong = pairs[similarities >= threshold]
    component = np.full(int(pairs.max()) + 1 if len(pairs) else 0, -1, dtype=np.int64)
    found = connected_components(strong.ravel().tolist(), map(tuple, strong.tolist()))
    component[list(found)] = list(found.values())
    left, right = component[pairs[:, 0]], component[pairs[:, 1]]
    linked = (left >= 0) & (left == right)
    ends = map(tuple, pairs[linked].tolist())
    return average_linkage(dict(zip(ends, similarities[linked].tolist(), strict=True)), threshold)


def pick_representative(
    members: Iterable[str], dates: dict[str, Date | None], lengths: dict[str, int]
) -> str:
    """Return a cluster's representative: earliest date, else longest text, else smallest id."""
    return min(
        members,
        key=lambda i: (dates.get(i) is None, dates.get(i) or Date.max, -lengths.get(i, 0), i),
    )


def name_clusters(
    components: dict[str, str], dates: dict[str, Date | None], lengths: dict[str, int]
) -> dict[str, tuple[str, str]]:
    """Return (cluster, representative) for each id in a component of two or more documents."""
    groups: dict[str, list[str]] = {}
    for doc_id, root in components.items():
        groups.setdefault(root, []).append(doc_id)
    named: dict[str, tuple[str, str]] = {}
    for group in groups.values():
        if len(group) > 1:
            representative = pick_representative(group, dates, lengths)
            named.update({doc_id: (representative, representative) for doc_id in group})
    return named


def join_stories(
    copies: dict[str, tuple[str, str]],
    pairs: list[IndexedPair],
    index: OverlapIndex,
    signed: dict[str, Signature],
    run_ids: set[str],
) -> dict[str, tuple[str, str]]:
    """Return the copies' clusters merged along same_story pairs (this run's and the index's).

    The same as clustering both kinds from scratch, but only the clusters a story touches are
    renamed: at 100,000 documents a second pass over every document cost 1.5 s.
    """
    new = [(p.a, p.b) for p in pairs if p.kind == "same_story"]
    if not new:
        return copies
    affected = {i for link in new for i in link} | set(copies)
    # Earlier stories keep joining their documents (those of this run's documents are replaced,
    # and their other ends may leave a cluster).
    old = []
    for p in index.pairs.values():
        if p.a in run_ids or p.b in run_ids:
            affected.update((p.a, p.b))
        else:  # both kinds: an earlier copy of a document joins its story too
            old.append((p.a, p.b))
    members: dict[str, list[str]] = {}
    for doc_id, (cluster, _) in copies.items():
        members.setdefault(cluster, []).append(doc_id)

    def node(doc_id: str) -> str:
        return copies[doc_id][0] if doc_id in copies else doc_id

    links = [(node(a), node(b)) for a, b in [*new, *old]]
    components = connected_components(sorted({n for link in links for n in link}), links)
    groups: dict[str, list[str]] = {}
    for name, root in components.items():
        groups.setdefault(root, []).extend(members.get(name, [name]))
    joined = dict(copies)
    for group in groups.values():
        if affected.isdisjoint(group):  # earlier stories this run does not touch
            continue
        known = [i for i in group if i in signed]
        rep = pick_representative(
            known, {i: signed[i].date for i in known}, {i: signed[i].length for i in known}
        )
        joined.update({doc_id: (rep, rep) for doc_id in group})
    return dict(sorted(joined.items()))


def cluster_documents(
    run: list[Signature], index: OverlapIndex, pairs: list[IndexedPair], kinds: tuple[str, ...]
) -> dict[str, tuple[str, str]]:
    """Return (cluster, representative) of the run's documents and of the indexed ones affected."""
    run_ids = {s.doc_id for s in run}
    kept = [p for p in index.pairs.values() if p.a not in run_ids and p.b not in run_ids]
    dropped = {
        i for p in index.pairs.values() if p.a in run_ids or p.b in run_ids for i in (p.a, p.b)
    }
    links = [(p.a, p.b) for p in [*kept, *pairs] if p.kind in kinds]
    members = {*index.signatures, *run_ids}
    components = connected_components(sorted(members), links)
    affected = {*run_ids, *dropped, *(i for p in pairs for i in (p.a, p.b))}
    roots = {components[i] for i in affected}
    involved = [i for i, root in components.items() if root in roots]
    signed = {
        **{i: index.signatures[i] for i in involved if i in index},
        **{s.doc_id: s for s in run},
    }
    named = name_clusters(
        {i: components[i] for i in involved},
        {i: signed[i].date for i in involved},
        {i: signed[i].length for i in involved},
    )
    return {i: named[i] for i in sorted(involved) if i in named}


def left_clusters(
    index: OverlapIndex,
    run_ids: set[str],
    clusters: dict[str, tuple[str, str]],
    kinds: tuple[str, ...],
) -> frozenset[str]:
    """Return the earlier documents that lost their cluster: their pairs with the run are gone.

    A run document replaces its pairs; an earlier document whose cluster went through one of
    them has its cluster found again (`join_stories`, `cluster_documents`), or none.
    """
    ends = {
        i
        for p in index.pairs.values()
        if p.kind in kinds and (p.a in run_ids or p.b in run_ids)
        for i in (p.a, p.b)
    }
    return frozenset(ends - run_ids - clusters.keys())
