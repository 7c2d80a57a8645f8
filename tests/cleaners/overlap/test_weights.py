import numpy as np

from cleaners.overlap.weights import site_furniture, weighted_sets


def test_terms_a_site_repeats_weigh_nothing_for_its_documents_only():
    # Documents 0-2 are one vendor's pages (site 0), 3 another site's, 4 has no known site:
    # term 7 ("CloudVault") is on all the vendor's pages, and also on the other site's page.
    terms = [np.array(t, dtype=np.uint64) for t in ([1, 7], [2, 7], [3, 7, 9], [7, 9], [7, 9])]
    sites = np.array([0, 0, 0, 1, -1])
    sizes = np.array([len(t) for t in terms])
    furniture = site_furniture(np.concatenate(terms), sites, sizes)
    assert furniture.tolist() == [1, 3, 5]  # term 7 in documents 0, 1 and 2
    boosts = [np.ones(len(t), dtype=np.float32) for t in terms]
    counts = np.full(sizes.sum(), 2, dtype=np.int32)
    sets = weighted_sets(terms, boosts, counts, np.full(5, 100), sites)
    assert (sets.rarity[furniture] == 0).all()
    assert sets.rarity[7] > 0 and sets.rarity[9] > 0  # term 7 on the other site, and siteless
