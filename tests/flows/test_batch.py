"""A batch's work in a worker: counting site lines over several batches in bounded memory."""

from itertools import repeat

from cleaners.cleaning.recurring import fingerprint_line, recurring_fingerprints
from flows.run import batch
from flows.run.batch import may_hold_text, profile_batches, profile_items
from flows.run.plan import plan_run, split_batches
from flows.run.sources import read_work_item as real_read
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


def test_the_profile_pass_counts_plain_texts_and_never_reads_an_html_page(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    for n in range(6):
        (site / f"{n:02d}.txt").write_text(article(n, True), encoding="utf-8")
        (site / f"{n:02d}.html").write_text(
            f"<html><body><p>{article(n, True)}</p></body></html>", encoding="utf-8"
        )
    read = []
    monkeypatch.setattr(
        batch,
        "read_work_item",
        lambda item, **options: read.append(item.kind) or real_read(item, **options),
    )
    items = [item for item, _ in plan_run(tmp_path, {}, full=False).items]
    counts = profile_items(items)
    [name] = counts
    assert counts[name]["documents"] == 6
    assert fingerprint_line(FOOTER) in counts[name]["lines"]
    assert read == ["text"] * 6
    assert [may_hold_text(item) for item in items] == [item.kind == "text" for item in items]
