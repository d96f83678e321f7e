"""Docs as tests: the README documents every command, and CI runs the README's test command."""

from __future__ import annotations

import re

from conftest import REPO
from newsgraph.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_docs_every_command_is_in_the_readme() -> None:
    for name in main.commands:
        assert f"`newsgraph {name}" in README, f"newsgraph {name} is not documented in README.md"


def test_docs_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)
    test_command = next(block for block in blocks if "pytest" in block)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command.strip() in ci.splitlines()


def test_docs_quick_start_builds_the_example() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)
    assert "newsgraph build examples" in blocks[0]
    assert (REPO / "examples").is_dir() and any((REPO / "examples").glob("*.txt"))
