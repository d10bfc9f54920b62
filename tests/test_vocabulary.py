"""Every enum value of the content schemas has its label in vocabulary.py, and every enum is tied
to a vocabulary: a new value added to a schema without words for readers fails here."""

from __future__ import annotations

import json

from crossroads import vocabulary
from tests.conftest import ROOT

SCHEMA = ROOT / "schema"


def enums(node, pointer: str = ""):
    """(JSON pointer, values) of every `enum` in a schema."""
    if isinstance(node, dict):
        if "enum" in node:
            yield pointer, node["enum"]
        for key, sub in node.items():
            yield from enums(sub, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from enums(sub, f"{pointer}/{i}")


def all_enums() -> dict[tuple[str, str], list]:
    return {(path.name, pointer): values for path in sorted(SCHEMA.glob("*.schema.json"))
            for pointer, values in enums(json.loads(path.read_text("utf-8")))}


def test_every_schema_enum_is_tied_to_a_vocabulary():
    tied = {where for places in vocabulary.SCHEMA_ENUMS.values() for where in places}
    assert set(all_enums()) - tied - set(vocabulary.SUBSET_ENUMS) == set()
    assert tied - set(all_enums()) == set(), "a vocabulary points at an enum that no longer exists"


def test_every_enum_value_has_a_label():
    found = all_enums()
    missing = {(name, where, value) for name, places in vocabulary.SCHEMA_ENUMS.items() for where in places
               for value in found[where] if value not in getattr(vocabulary, name)}
    assert missing == set()
    subsets = {(where, v) for where, name in vocabulary.SUBSET_ENUMS.items() for v in found[where]
               if v not in getattr(vocabulary, name)}
    assert subsets == set()


def test_a_new_source_kind_without_a_label_is_caught(tmp_path):
    """The failure the issue found: a kind added to the schema only would vanish from the Sources page."""
    schema = json.loads((SCHEMA / "source.schema.json").read_text("utf-8"))
    schema["properties"]["kind"]["enum"].append("podcast")
    values = dict(enums(schema))["/properties/kind"]
    assert [v for v in values if v not in vocabulary.SOURCE_KIND] == ["podcast"]


def test_each_confidence_and_match_level_has_one_definition():
    """The schema's descriptions repeat vocabulary.py's definitions word for word (the methodology and sources
    pages print them from there), so the guide never defines a level twice, differently."""
    common = json.loads((SCHEMA / "common.schema.json").read_text("utf-8"))["$defs"]
    for level, meaning in vocabulary.CONFIDENCE.items():
        assert f"{level}: {meaning}" in common["confidence"]["description"], level
    for level, meaning in vocabulary.MATCH_MEANING.items():
        assert f"{level}: {meaning}" in common["match"]["description"], level
    methodology = (ROOT / "docs" / "methodology.md").read_text("utf-8")
    assert "<!-- crossroads:confidence-scale -->" in methodology
    assert "**High:**" not in methodology and "**Medium:**" not in methodology and "**Low:**" not in methodology
