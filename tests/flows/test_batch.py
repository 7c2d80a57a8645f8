"""A batch's work in a worker: counting site lines over several batches in bounded memory."""

from itertools import repeat

from cleaners.recurring import fingerprint_line, recurring_fingerprints
from flows.batch import profile_batches
from flows.plan import plan_run, split_batches
from tests.flows.test_recurring import FOOTER, article


def test_a_profile_task_over_several_batches_learns_the_footer_and_drops_one_off_lines(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for n in range(300):  # the footer in every 9th article
        (site / f"{n:04d}.txt").write_text(article(n, n % 9 == 0), encoding="utf-8")
    batches = split_batches(plan_run(tmp_path, {}, full=False).items, repeat(100))
    counts = profile_batches(batches)
    [name] = counts
    assert counts[name]["documents"] == 300
    assert set(counts[name]["lines"]) == {fingerprint_line(FOOTER)}  # 600 paragraph lines pruned
    assert recurring_fingerprints(counts, name) == {fingerprint_line(FOOTER)}
