from datetime import date

import pytest

from cleaners.overlap.clusters import (
    average_linkage,
    connected_components,
    name_clusters,
    pick_representative,
)


def test_connected_components_name_each_group_by_its_smallest_id():
    groups = connected_components(["c", "b", "a", "d"], [("c", "b"), ("b", "a")])
    assert groups == {"a": "a", "b": "a", "c": "a", "d": "d"}


def test_average_linkage_does_not_chain_two_stories_through_one_link():
    # a-b and c-d are stories; b-c is one strong link between them (a shared quote, say).
    similarities = {("a", "b"): 2.0, ("c", "d"): 2.0, ("b", "c"): 1.5}
    clusters = average_linkage(similarities, threshold=1.2)
    assert clusters["a"] == clusters["b"] != clusters["c"] == clusters["d"]
    assert len(set(connected_components("abcd", similarities).values())) == 1


def test_average_linkage_merges_a_story_whose_members_all_agree():
    similarities = {("a", "b"): 2.0, ("b", "c"): 1.5, ("a", "c"): 1.3}
    assert len(set(average_linkage(similarities, threshold=1.2).values())) == 1


@pytest.mark.parametrize(
    "dates, lengths, expected",
    [
        ({"a": date(2024, 3, 2), "b": date(2024, 3, 1)}, {"a": 900, "b": 100}, "b"),
        ({"a": None, "b": date(2024, 3, 5)}, {"a": 900, "b": 100}, "b"),
        ({"a": None, "b": None}, {"a": 100, "b": 900}, "b"),
        ({"a": None, "b": None}, {"a": 500, "b": 500}, "a"),
    ],
    ids=["earliest-date", "dated-beats-undated", "longest-without-dates", "smallest-id-on-ties"],
)
def test_representative_rule(dates, lengths, expected):
    assert pick_representative(["b", "a"], dates, lengths) == expected


def test_clusters_are_named_after_their_representative_and_singletons_left_out():
    named = name_clusters(
        {"a": "a", "b": "a", "c": "c"},
        {"a": None, "b": None, "c": None},
        {"a": 10, "b": 20, "c": 5},
    )
    assert named == {"a": ("b", "b"), "b": ("b", "b")}
