"""Reading YAML with line numbers: a thin, typed view over PyYAML's safe node tree.

Every scalar is read as the text the curator wrote (``value: 20,000`` stays
'20,000'), so the claim-value language is never second-guessed by YAML typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import Location, SheetError


@dataclass(frozen=True, slots=True)
class Node:
    """A YAML node and the file it came from."""

    raw: yaml.Node
    path: Path

    @property
    def location(self) -> Location:
        return Location(self.path, self.raw.start_mark.line + 1)

    def error(self, message: str) -> SheetError:
        return SheetError(message, self.location)

    def mapping(self, what: str, fields: dict[str, bool]) -> dict[str, Node]:
        """This node as a mapping whose keys are ``fields`` (name -> required)."""
        if not isinstance(self.raw, yaml.MappingNode):
            raise self.error(f"{what} must be a mapping of {', '.join(fields)}, got {_kind(self.raw)}")
        seen: dict[str, Node] = {}
        for key_node, value_node in self.raw.value:
            key = Node(key_node, self.path)
            name = key.text(f"a key of {what}")
            if name in seen:
                raise key.error(f"duplicate key '{name}' in {what}; "
                                f"the first is on line {seen[name].location.line}")
            if name not in fields:
                known = ", ".join(sorted(fields))
                hint = ""
                if name.isdigit() and getattr(self.raw, "flow_style", False):
                    hint = " (inside {...} a comma splits values: quote numbers like '20,000')"
                raise key.error(f"unknown field '{name}' in {what}; expected one of: {known}{hint}")
            seen[name] = Node(value_node, self.path)
        missing = [name for name, required in fields.items() if required and name not in seen]
        if missing:
            raise self.error(f"{what} is missing required field '{missing[0]}'")
        return seen

    def sequence(self, what: str) -> list[Node]:
        if not isinstance(self.raw, yaml.SequenceNode):
            raise self.error(f"{what} must be a list, got {_kind(self.raw)}")
        return [Node(item, self.path) for item in self.raw.value]

    def text(self, what: str) -> str:
        if not isinstance(self.raw, yaml.ScalarNode):
            raise self.error(f"{what} must be text, got {_kind(self.raw)}")
        value = str(self.raw.value).strip()
        if not value:
            raise self.error(f"{what} is empty")
        return value

    def texts(self, what: str) -> tuple[str, ...]:
        """A list of strings, or a single string taken as a list of one."""
        if isinstance(self.raw, yaml.ScalarNode):
            return (self.text(what),)
        return tuple(item.text(f"each entry of {what}") for item in self.sequence(what))


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{node.value}'" if node.value != "" else "nothing"


def compose_file(path: Path) -> Node | None:
    """Parse ``path`` safely into nodes; None for an empty file.

    Raises SheetError with the line of a syntax error.
    """
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise SheetError(f"not valid UTF-8 at byte {error.start}; re-save the sheet as UTF-8",
                         Location(path, line)) from None
    try:
        raw = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problem = " ".join(filter(None, [error.context, error.problem]))
        raise SheetError(f"YAML syntax error: {problem}; check indentation and quoting "
                         "(quote values that contain ': ' or start with a quote mark)",
                         Location(path, line)) from None
    except yaml.YAMLError as error:
        raise SheetError(f"YAML error: {error}", Location(path)) from None
    if raw is None:
        return None
    _reject_unsafe_tags(raw, path)
    return Node(raw, path)


# libyaml's safe loader where PyYAML was built with it: the same nodes and marks, several
# times faster than the pure-Python one (which took 33 of 61 s to load 10,000 facts).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Tags the safe loader can construct; '=' and '<<' resolve to 'value' and 'merge'.
_SAFE_TAGS = frozenset(
    [tag for tag in yaml.SafeLoader.yaml_constructors if tag]
    + ["tag:yaml.org,2002:value", "tag:yaml.org,2002:merge"]
)


def _reject_unsafe_tags(root: yaml.Node, path: Path) -> None:
    """Refuse '!!python/object' and other tags: composing ignores them, a sheet must not."""
    seen: set[int] = set()  # anchors share nodes; visit each once
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise SheetError(f"unsupported YAML tag '{tag}'; fact sheets hold plain text, lists "
                             "and mappings (remove the tag)", Location(path, node.start_mark.line + 1))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
