"""The command line's help, its answer to a misspelled option, and its hint when nothing was found."""

from __future__ import annotations

import gzip

import pytest

from cleaners.reading.inputs import INPUT_SUFFIXES
from flows.cli import build_parser, main
from flows.run.terminal import no_documents_hint, skipped_files


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"]], ids=["presswash", "run"])
def test_help_has_no_markup_and_lists_every_input_extension(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 0
    text = capsys.readouterr().out
    assert "``" not in text
    listed = set(text.replace(",", " ").split())
    assert listed >= INPUT_SUFFIXES, INPUT_SUFFIXES - listed
    assert "manifest.jsonl" in text and ".gz" in text


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("--fulll", "--full"),
        ("--batchsize", "--batch-size"),
        ("--represantatives-only", "--representatives-only"),
    ],
    ids=["doubled-letter", "missing-dash", "misspelled"],
)
def test_a_misspelled_option_gets_its_commands_usage_and_a_suggestion(typed, meant, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["run", typed])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: presswash run ")
    assert f"{typed} (did you mean {meant}?)" in err


def test_a_raw_folder_given_without_its_option_is_pointed_at_raw(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["run", str(tmp_path)])
    assert f"the raw path is given as --raw {tmp_path}" in capsys.readouterr().err


def test_show_and_report_take_the_output_folder():
    parser = build_parser()
    assert parser.parse_args(["show", "000_5fe9a8b6ae70ace9", "--out", "x"]).out == "x"
    assert parser.parse_args(["report", "--json"]).json is True


def test_the_hint_for_a_folder_without_input_says_what_is_read_and_what_was_skipped(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("# Notes\n")
    (tmp_path / "notes" / "b.md").write_text("# More notes\n")
    (tmp_path / "page.pdf").write_bytes(b"%PDF-1.7\n")
    with gzip.open(tmp_path / "dump.csv.gz", "wt") as handle:
        handle.write("id,text\n1,hello\n")
    (tmp_path / "README").write_text("scraped on Monday\n")
    assert skipped_files(tmp_path) == {".md": 2, ".pdf": 1, ".csv.gz": 1, "(no extension)": 1}
    hint = no_documents_hint(tmp_path)
    assert all(suffix in hint for suffix in INPUT_SUFFIXES)
    assert "5 files skipped as not one of these (2 .md, " in hint


def test_the_hint_for_an_empty_folder_names_no_skipped_file(tmp_path):
    assert "skipped" not in no_documents_hint(tmp_path)
