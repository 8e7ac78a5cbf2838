#!/usr/bin/env python3
"""Checks documents against the campaign JSON Schema with an independent
validator (python3-jsonschema, Draft 2020-12).

Usage: check_schema.py SCHEMA [--ref SCHEMA]... (--valid FILE | --invalid FILE)...

--ref names another schema that SCHEMA refers to (by its $id).

Prints one line per file and exits 1 when a --valid file fails the schema or
an --invalid file passes it."""
import json
import sys

from jsonschema import Draft202012Validator, RefResolver


def main(argv):
    if len(argv) < 4 or (len(argv) - 2) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    Draft202012Validator.check_schema(schema)
    store = {}
    pairs = list(zip(argv[2::2], argv[3::2]))
    for flag, path in pairs:
        if flag == "--ref":
            with open(path, encoding="utf-8") as handle:
                other = json.load(handle)
            store[other["$id"]] = other
    resolver = RefResolver.from_schema(schema, store=store)
    validator = Draft202012Validator(schema, resolver=resolver)
    failed = False
    for flag, path in pairs:
        if flag == "--ref":
            continue
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if flag == "--valid" and errors:
            failed = True
            for error in errors:
                print(f"FAIL {path}: {error.json_path}: {error.message}")
        elif flag == "--invalid" and not errors:
            failed = True
            print(f"FAIL {path}: the schema accepts it, but it is invalid")
        else:
            print(f"ok   {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
