"""Reading hand-edited YAML files (mapping, lexicons) safely.

``yaml.safe_load`` builds plain data only, but it still expands aliases: a
few lines of nested anchors ("billion laughs") become a structure that
explodes as soon as it is walked or turned into text. kg's YAML files never
need anchors, so they are refused outright before anything is built, as are
files over a size limit. Every problem is a ``ConfigError`` naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import ConfigError

#: libyaml's safe loader where available (much faster), else PyYAML's own;
#: both build plain data only.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: YAML configuration files larger than this are refused before parsing.
MAX_YAML_BYTES = 16 * 1024 * 1024


def load_yaml_file(path: str | Path, what: str = "YAML file",
                   max_bytes: int = MAX_YAML_BYTES) -> Any:
    """The data of a YAML file (``yaml.safe_load`` semantics), or ``ConfigError`` saying why not."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ConfigError(f"{path}: is a folder, not a {what}")
        if size > max_bytes:
            raise ConfigError(f"{path}: {what} too large ({size} bytes, limit {max_bytes})")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {what} ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: {what} is not UTF-8 text ({exc.reason} at byte "
                          f"{exc.start})") from None
    return load_yaml_text(text, str(path))


def load_yaml_text(text: str, source: str) -> Any:
    """Parse YAML text safely: no anchors or aliases, no Python objects."""
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ConfigError(f"{source}:{event.start_mark.line + 1}: YAML anchors and "
                                  f"aliases (&name, *name) are not allowed")
        return yaml.load(text, Loader=_LOADER)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise ConfigError(f"{source}:{line}: malformed YAML ({exc.problem or exc})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: malformed YAML ({exc})") from None
