"""The overlap thresholds a user may set (`--near-duplicate-*`, `--same-story-*`), with defaults.

Kept apart from the modules that use them, which import numpy: the command line reads these
defaults before it starts Prefect's temporary server, and must not wait 0.2 s for numpy first.
"""

# Near duplicates: Jaccard similarity of word 4-grams, or the share of an excerpt's 4-grams found
# in the other text.
NEAR_JACCARD = 0.35
NEAR_CONTAINMENT = 0.6
# Same story: the locally scaled similarity from which documents merge into one story, chosen on
# stories-dev where the results stay flat around it (1.2-1.3 score alike).
MERGE_SCALED = 1.25
# News of one event comes out within days; beyond a week it is a follow-up or another event.
WINDOW_DAYS = 7
