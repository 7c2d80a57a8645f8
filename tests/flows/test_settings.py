"""One settings object: the CLI's options, the flow's parameters and a config file's keys."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from cleaners.cleaning.recurring import MIN_DOCUMENTS, count_lines
from cleaners.overlap.copies import NEAR_CONTAINMENT, NEAR_JACCARD
from cleaners.overlap.signature import sign_document
from flows.cli import build_parser, chosen_options, main
from flows.run import overlaps as overlap_step
from flows.run.recurring import learn
from flows.run.settings import (
    OPTIONS,
    SettingsError,
    make_settings,
    parameters_signature,
    read_config,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
# A footer a news site prints under every article (real wording, from a regional paper's pages).
FOOTER = "Copyright 2024 The Courier. All rights reserved. This material may not be republished."


def run_options(argv: list[str]) -> dict:
    return chosen_options(build_parser().parse_args(["run", *argv]))


def test_every_setting_is_a_cli_option_and_a_flow_parameter():
    from flows.flow import presswash

    names = [o.name for o in OPTIONS]
    flags = {a.dest for a in build_parser()._subparsers._group_actions[0].choices["run"]._actions}
    assert set(names) <= flags
    parameters = inspect.signature(presswash.fn).parameters
    assert list(parameters) == names
    assert {n: p.default for n, p in parameters.items()} == {o.name: o.default for o in OPTIONS}
    schema = presswash.parameters.model_dump()["properties"]
    assert schema["near_duplicate_jaccard"]["default"] == NEAR_JACCARD
    assert "Jaccard" in schema["near_duplicate_jaccard"]["description"]


def test_defaults_of_the_thresholds_are_the_cleaners_constants(tmp_path):
    settings = make_settings(raw=SAMPLES, out=tmp_path / "out")
    assert settings.near_duplicate_jaccard == NEAR_JACCARD
    assert settings.near_duplicate_containment == NEAR_CONTAINMENT
    assert settings.recurring_min_documents == MIN_DOCUMENTS
    assert settings.state == tmp_path / "out" / ".presswash" and settings.workers >= 1


def test_a_config_file_sets_options_and_the_command_line_wins(tmp_path):
    config = tmp_path / "conf" / "presswash.toml"
    config.parent.mkdir()
    config.write_text(
        'raw = "../raw"\nbatch-size = 500\nfull = true\n'
        "same_story_window_days = 3\nnear_duplicate_jaccard = 0.5\n"
    )
    chosen = run_options(["--config", str(config), "--batch-size", "50", "--no-full"])
    assert chosen["batch_size"] == 50 and chosen["full"] is False
    assert chosen["same_story_window_days"] == 3 and chosen["near_duplicate_jaccard"] == 0.5
    # A path in the file is read from the file's folder, wherever presswash runs.
    assert Path(chosen["raw"]).resolve() == (tmp_path / "raw").resolve()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bach_size = 10\n", r"unknown option\(s\) in .*: bach_size"),
        ("batch_size = 0\n", "batch_size must be at least 1"),
        ('workers = "two"\n', "workers must be int"),
        ("near_duplicate_jaccard = 1.5\n", "near_duplicate_jaccard must be at most 1.0"),
        ("recurring_min_documents = 1\n", "recurring_min_documents must be at least 2"),
        ('engine = "threads"\n', "engine must be one of auto, inline, process, dask"),
        ("full = 1\n", "full must be bool"),
        ("batch_size = [unclosed\n", "not valid TOML"),
    ],
    ids=[
        "misspelt",
        "zero-batch",
        "text-for-number",
        "jaccard-above-1",
        "one-document-site",
        "unknown-engine",
        "number-for-flag",
        "broken-toml",
    ],
)
def test_a_bad_config_file_is_one_clear_error(tmp_path, text, message):
    config = tmp_path / "presswash.toml"
    config.write_text(text)
    with pytest.raises(SettingsError, match=message):
        make_settings(raw=SAMPLES, out=tmp_path / "out", **read_config(config))


def test_a_bad_option_stops_the_command_with_exit_2(tmp_path, capsys):
    code = main(
        [
            "run",
            "--raw",
            str(SAMPLES),
            "--out",
            str(tmp_path / "out"),
            "--near-duplicate-containment",
            "0",
        ]
    )
    assert code == 2
    assert "near_duplicate_containment must be at least 0.01" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_site_learning_minimum_reaches_the_recurring_lines(tmp_path):
    pages = [
        (f"Story {n}: the council met on Tuesday to vote on budget item {n}.\n{FOOTER}")
        for n in range(4)
    ]
    profile = count_lines([("courier.example", page) for page in pages])
    found, _ = learn(tmp_path, [profile], full=True, min_documents=4)
    assert found["courier.example"]
    profile = count_lines([("courier.example", page) for page in pages])
    assert learn(tmp_path, [profile], full=True, min_documents=5)[0] == {}


def test_the_overlap_thresholds_reach_the_flagging(tmp_path):
    body = (SAMPLES / "000_5fe9a8b6ae70ace9.txt").read_text(encoding="utf-8")
    copy = "Home | World | Asia\nBy Wire Staff\n" + body + "\nShare this article\n"
    signatures = [sign_document("original", body), sign_document("copy", copy)]

    def kinds(**options) -> set[str]:
        settings = make_settings(raw=SAMPLES, out=tmp_path / "out", **options)
        return {p.kind for p in overlap_step.flag(settings, signatures).flags.pairs}

    # The copy's Jaccard similarity is 0.99: a user asking for exact copies only gets none here.
    assert kinds() == {"near_duplicate"}
    assert kinds(near_duplicate_jaccard=1.0, near_duplicate_containment=1.0) == set()


def test_settings_are_the_flows_parameters_in_json(tmp_path):
    settings = make_settings(raw=str(SAMPLES), out=str(tmp_path / "out"), workers=2)
    parameters = settings.parameters()
    assert parameters["raw"] == str(SAMPLES.absolute()) and parameters["workers"] == 2
    assert make_settings(**parameters) == settings
    assert set(inspect.signature(make_settings).parameters) == {"options"}
    assert list(parameters_signature().parameters) == list(parameters)
