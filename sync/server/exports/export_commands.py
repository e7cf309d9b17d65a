"""The `export` command of fallakte-server, whose actions (person, cases, indicators) live
beside what they export: each registers itself here, whichever comes first creates it."""

import argparse
from typing import Any


def export_actions(sub: "argparse._SubParsersAction[Any]") -> "argparse._SubParsersAction[Any]":
    export = sub.choices.get("export")
    if export is None:
        export = sub.add_parser("export", help="export data", description="export data")
        export.set_defaults(usage=export)
    for action in export._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return export.add_subparsers(metavar="ACTION")
