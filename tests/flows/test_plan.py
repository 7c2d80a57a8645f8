import gzip
import json
from itertools import islice, repeat

from flows.run import sources
from flows.run.plan import SMALLEST_SECONDS, batch_sizes, plan_run, seen_after, split_batches
from flows.run.sources import ReadLog, WorkItem, content_hash, read_work_item
from flows.runners import estimated_seconds


def read_plan(plan):
    """Read every work item of a plan as its batches would; return the documents and what was seen."""
    log = ReadLog()
    docs = [d for item, _ in plan.items for d in read_work_item(item, log=log)]
    return docs, seen_after(plan, log)


def write_corpus(root):
    (root / "site").mkdir(parents=True)
    (root / "site" / "a.txt").write_text(
        "Russia is ‘helping China’ prepare for an invasion of Taiwan\n"
    )
    (root / "b.html").write_text("<html><body><p>Beijing will send troops.</p></body></html>")
    (root / "ignored.png").write_bytes(b"\x89PNG\r\n")
    lines = [
        json.dumps({"id": f"j{i}", "text": f"Story number {i} about the drills."}) for i in range(5)
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n")


def test_first_plan_covers_every_input_document(tmp_path):
    write_corpus(tmp_path)
    plan = plan_run(tmp_path, {}, full=False)
    batches = split_batches(plan.items, repeat(3))
    items = [i for b in batches for i in b]
    assert plan.files == 3 and plan.documents == 7 and plan.unchanged == 0
    assert sorted({i.source for i in items}) == ["b.html", "feed.jsonl", "site/a.txt"]
    assert all(sum(len(i.spans) if i.spans else 1 for i in b) <= 3 for b in batches)
    docs = [d for i in items for d in read_work_item(i)]
    assert sorted(d.id for d in docs) == ["a", "b", "j0", "j1", "j2", "j3", "j4"]


def test_second_plan_takes_only_new_or_changed_documents(tmp_path):
    write_corpus(tmp_path)
    _, first_seen = read_plan(plan_run(tmp_path, {}, full=False))
    with open(tmp_path / "feed.jsonl", "a") as handle:
        handle.write(
            json.dumps({"id": "j5", "text": "A new story appended by the scraper."}) + "\n"
        )
    (tmp_path / "b.html").write_text(
        "<html><body><p>Beijing will send more troops.</p></body></html>"
    )
    second = plan_run(tmp_path, first_seen, full=False)
    docs = [d for i, _ in second.items for d in read_work_item(i)]
    assert sorted(d.id for d in docs) == ["b", "j5"]
    assert second.unchanged == 6
    assert plan_run(tmp_path, first_seen, full=True).documents == 8


def test_jsonl_lines_are_found_whatever_their_blank_lines_and_line_ends(tmp_path):
    """Spans point at every non-blank line, and a line's hash is that of its bytes (as stored in
    seen.json by earlier runs, so that their state stays valid)."""
    records = [
        json.dumps({"id": f"w{i}", "text": f"Wire copy {i}: troops moved overnight."})
        for i in range(4)
    ]
    data = (f"{records[0]}\r\n\n   \n\t{records[1]}\n\n{records[2]}\r\n \r\n{records[3]}").encode()
    (tmp_path / "feed.jsonl").write_bytes(data)
    plan = plan_run(tmp_path, {}, full=False)
    [(item, count)] = plan.items
    lines = data.split(b"\n")
    expected = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    assert count == 4 and [s.line for s in item.spans] == [n for n, _ in expected] == [1, 4, 6, 8]
    assert [data[s.offset : s.offset + s.length] for s in item.spans] == [
        line for _, line in expected
    ]
    docs, seen = read_plan(plan)
    assert seen["feed.jsonl"] == sorted(content_hash(line) for _, line in expected)
    assert [d.id for d in docs] == ["w0", "w1", "w2", "w3"]


def test_big_jsonl_file_is_split_across_batches_without_losing_lines():
    spans = tuple(object() for _ in range(7))
    item = WorkItem("f.jsonl", "f.jsonl", "jsonl", spans)  # type: ignore[arg-type]
    batches = split_batches([(WorkItem("x.txt", "x.txt", "text"), 1), (item, 7)], repeat(3))
    sizes = [sum(len(i.spans) if i.spans else 1 for i in b) for b in batches]
    assert sizes == [3, 3, 2]


def test_a_file_deleted_after_planning_becomes_a_rejected_document(tmp_path):
    write_corpus(tmp_path)
    plan = plan_run(tmp_path, {}, full=False)
    (tmp_path / "site" / "a.txt").unlink()
    docs = [d for i, _ in plan.items for d in read_work_item(i)]
    [gone] = [d for d in docs if d.id == "a"]
    assert gone.error == "unreadable file: No such file or directory"


class CountingReads:
    """A file handle that counts its reads and fails the ``fail_at``-th one (1-based)."""

    def __init__(self, handle, fail_at=None):
        self.handle, self.reads, self.fail_at = handle, 0, fail_at

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()

    def seek(self, offset):
        self.handle.seek(offset)

    def read(self, size):
        self.reads += 1
        if self.reads == self.fail_at:
            raise OSError(5, "Input/output error")
        return self.handle.read(size)


def feed_of_pages(root, count):
    page = "<html><body><article><p>Troops moved overnight near the border.</p></article></body></html>"
    lines = [
        json.dumps({"id": f"p{i}", "url": f"https://example.com/{i}", "html": page})
        for i in range(count)
    ]
    (root / "pages.jsonl").write_text("\n".join(lines) + "\n")
    [(item, _)] = plan_run(root, {}, full=False).items
    return item


def test_a_jsonl_item_is_read_one_line_at_a_time(tmp_path, monkeypatch):
    """A batch of big HTML pages holds one page at a time, not all of its lines at once."""
    item = feed_of_pages(tmp_path, 5)
    handles = []
    real_open = sources.open_regular
    monkeypatch.setattr(
        sources,
        "open_regular",
        lambda path: handles.append(CountingReads(real_open(path))) or handles[-1],
    )
    docs = read_work_item(item)
    assert next(docs).id == "p0" and handles[0].reads == 1
    assert [d.id for d in docs] == ["p1", "p2", "p3", "p4"] and handles[0].reads == 5


def test_a_read_failing_part_way_rejects_only_the_lines_not_yet_read(tmp_path, monkeypatch):
    item = feed_of_pages(tmp_path, 5)
    real_open = sources.open_regular
    monkeypatch.setattr(
        sources, "open_regular", lambda path: CountingReads(real_open(path), fail_at=3)
    )
    docs = list(read_work_item(item))
    assert [d.id for d in docs] == ["p0", "p1", "pages.jsonl:3", "pages.jsonl:4", "pages.jsonl:5"]
    assert [d.error for d in docs[:2]] == [None, None] and docs[0].html
    assert {d.error for d in docs[2:]} == {"unreadable file: Input/output error"}


def test_a_jsonl_file_over_the_document_limit_is_planned_line_by_line(tmp_path, monkeypatch):
    """A jsonl dump bigger than the limit is many documents, not one rejected file: only a line
    over the limit is rejected, and it is hashed in pieces (the same hash as read whole)."""
    monkeypatch.setattr(sources, "MAX_DOCUMENT_BYTES", 4096)
    monkeypatch.setattr(sources, "READ_PIECE_BYTES", 1000)
    story = "Russian instructors trained Chinese airborne troops, according to leaked documents. "
    records = [json.dumps({"id": f"s{i}", "text": f"{i}. {story * 20}"}) for i in range(12)]
    huge = json.dumps({"id": "huge", "text": story * 150})
    lines = records[:5] + ["", huge] + records[5:]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (tmp_path / "dump.jsonl").stat().st_size > 8 * 4096
    plan = plan_run(tmp_path, {}, full=False)
    [(item, count)] = plan.items
    assert count == 13 and item.kind == "jsonl"
    docs, seen = read_plan(plan)
    assert seen["dump.jsonl"] == sorted(content_hash(line.encode()) for line in records + [huge])
    assert [d.id for d in docs] == [f"s{i}" for i in range(5)] + ["dump.jsonl:7"] + [
        f"s{i}" for i in range(5, 12)
    ]
    assert docs[5].error == "line larger than the 0 MB limit" and docs[5].text is None
    assert all(
        d.error is None and d.text.startswith(f"{n}. Russian") for n, d in enumerate(docs[:5])
    )


def write_dump(root, name, count, huge_at=None):
    """Write a jsonl dump of wire stories (one of them over 4 KB if ``huge_at``); return its bytes."""
    story = "Russian instructors trained Chinese airborne troops, according to leaked documents. "
    lines = [
        json.dumps({"id": f"s{i}", "text": f"{i}. {story * (150 if i == huge_at else 20)}"})
        for i in range(count)
    ]
    data = ("\n".join(lines) + "\n").encode()
    (root / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return data


def test_a_gzipped_dump_over_the_limit_is_read_line_by_line_like_the_plain_one(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(sources, "MAX_DOCUMENT_BYTES", 4096)
    monkeypatch.setattr(sources, "READ_PIECE_BYTES", 1000)
    (tmp_path / "plain").mkdir()
    (tmp_path / "gz").mkdir()
    data = write_dump(tmp_path / "plain", "dump.jsonl", 16, huge_at=5)
    write_dump(tmp_path / "gz", "dump.jsonl.gz", 16, huge_at=5)
    assert len(data) > 8 * 4096
    [(plain_item, _)] = plan_run(tmp_path / "plain", {}, full=False).items
    gz_plan = plan_run(tmp_path / "gz", {}, full=False)
    assert len(gz_plan.items) == 1
    zipped, seen = read_plan(gz_plan)
    assert seen["dump.jsonl.gz"] == content_hash((tmp_path / "gz" / "dump.jsonl.gz").read_bytes())
    plain = list(read_work_item(plain_item))
    assert [(d.id.replace(".gz", ""), d.text, d.error) for d in zipped] == [
        (d.id, d.text, d.error) for d in plain
    ]
    assert [d.id for d in zipped][4:7] == ["s4", "dump.jsonl.gz:6", "s6"]
    assert zipped[5].error == "line larger than the 0 MB limit"


def test_a_truncated_gzipped_dump_keeps_the_lines_before_the_cut(tmp_path):
    """A scraper killed while writing leaves a truncated .jsonl.gz: what it wrote is still read."""
    write_dump(tmp_path, "dump.jsonl.gz", 200)
    whole = (tmp_path / "dump.jsonl.gz").read_bytes()
    (tmp_path / "dump.jsonl.gz").write_bytes(whole[: len(whole) * 3 // 4])
    [(item, _)] = plan_run(tmp_path, {}, full=False).items
    docs = list(read_work_item(item))
    *stories, cut = docs
    assert 0 < len(stories) < 200 and [d.id for d in stories] == [
        f"s{i}" for i in range(len(stories))
    ]
    assert all(d.text.startswith(f"{i}. Russian") for i, d in enumerate(stories))
    assert (cut.id, cut.error) == ("dump", "corrupt gzip: truncated stream")


def run_batches(documents, workers, batch_size, seconds_per_document=0.0):
    """The sizes split_batches would cut a run of plain documents into."""
    sizes, left = [], documents
    for size in batch_sizes(documents, workers, batch_size, seconds_per_document):
        if left <= 0:
            return sizes
        sizes.append(min(size, left))
        left -= size


def test_batches_shrink_towards_the_end_of_a_parallel_run():
    sizes = run_batches(20_000, 2, 2000)
    assert sum(sizes) == 20_000
    assert sizes[:7] == [2000] * 7  # big batches first: few task runs
    assert sizes == sorted(sizes, reverse=True)  # then smaller and smaller
    assert max(sizes[-4:]) <= 250  # the last batches leave no worker waiting long


def test_costly_documents_end_the_run_in_batches_of_a_few_seconds():
    # 2,000 HTML pages of 190 KB, ~0.06 s of a core each (flows/runners.estimated_seconds).
    per_page = estimated_seconds([(WorkItem("p.html", "p.html", "html", None, 190_000), 1)])
    sizes = run_batches(2_000, 2, 2000, per_page)
    assert sum(sizes) == 2_000 and sizes[0] == 500  # big batches first, as for texts
    assert max(sizes[-4:]) * per_page <= SMALLEST_SECONDS + per_page  # ~2 s of work, not 7-11 s
    assert len(sizes) <= 16  # and not many more task runs (they cost ~0.2 s of a worker each)
    # Cheap documents: the count floor still decides (a 4 KB text is ~6 ms).
    assert run_batches(20_000, 2, 2000, 0.0062) == run_batches(20_000, 2, 2000)


def test_a_small_parallel_run_still_gives_each_worker_several_batches():
    sizes = run_batches(1_000, 2, 2000)
    assert sum(sizes) == 1_000 and len(sizes) >= 8 and sizes[0] == 250


def test_one_process_cuts_equal_batches():
    assert list(islice(batch_sizes(5_000, 1, 2000), 3)) == [2000, 2000, 2000]


def test_guided_sizes_split_a_jsonl_file_at_the_right_lines():
    spans = tuple(object() for _ in range(40))
    item = WorkItem("f.jsonl", "f.jsonl", "jsonl", spans)  # type: ignore[arg-type]
    batches = split_batches([(item, 40)], batch_sizes(40, 2, 20))
    assert [len(b[0].spans) for b in batches] == run_batches(40, 2, 20)
