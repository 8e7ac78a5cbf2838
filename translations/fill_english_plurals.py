#!/usr/bin/env python3
"""Fills the English plural forms in webhookstudio_en.ts.

Source strings write plurals as "%n file(s)"; English needs "%n file" and
"%n files". Run after `cmake --build build --target update_translations`:

    translations/fill_english_plurals.py translations/webhookstudio_en.ts

Messages that are already finished are left alone, so a hand-made form is
never overwritten."""
import re
import sys
import xml.etree.ElementTree as ET

WORD = re.compile(r"(\w+)\(s\)")


def plural(word):
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def fill(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        forms = translation.findall("numerusform")
        forms[0].text = WORD.sub(lambda m: m.group(1), source)
        forms[1].text = WORD.sub(lambda m: plural(m.group(1)), source)
        del translation.attrib["type"]
        changed += 1
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    print(f"{path}: filled {changed} plural message(s)")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        fill(argument)
