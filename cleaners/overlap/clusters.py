"""Group flagged documents: connected components, average-linkage clusters and representatives.

Representative rule (one per cluster, used to write a deduplicated corpus): the document with the
earliest known date (the original usually comes first; copies and excerpts follow), else - when
no member has a date, or between members of the same date - the longest text (a full copy over an
excerpt), else the smallest id. A cluster is named after its representative.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import date as Date

import numpy as np

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
