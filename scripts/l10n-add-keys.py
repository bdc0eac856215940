#!/usr/bin/env python3
"""Adds resource entries to SharedResource.resx (English: the key itself) and SharedResource.ar.resx (the Arabic text).

Reads lines "English key<TAB>Arabic translation" from the files named, or stdin; a key already present is replaced
in both files. Entries stay sorted by key, so parallel additions merge cleanly. Lists what is missing with
scripts/l10n-missing-keys.sh first.
"""
import fileinput
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "src", "Checkout.Web", "Components", "Shared", "Resources")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def update(file_name, entries):
    path = os.path.join(RESOURCES, file_name)
    tree = ET.parse(path)
    root = tree.getroot()
    data = {d.get("name"): d.find("value").text or "" for d in root.findall("data")}
    data.update(entries)
    for d in root.findall("data"):
        root.remove(d)
    for key in sorted(data, key=lambda k: k.encode("utf-16-be")):
        element = ET.SubElement(root, "data", {"name": key, XML_SPACE: "preserve"})
        ET.SubElement(element, "value").text = data[key]
    ET.indent(tree, space="  ")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n')
        tree.write(f, encoding="unicode")
        f.write("\n")


def main():
    pairs = {}
    for number, line in enumerate(fileinput.input(encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or not parts[1].strip():
            sys.exit(f"line {number}: expected 'English key<TAB>Arabic translation', got {line!r}")
        pairs[parts[0]] = parts[1]
    update("SharedResource.resx", {key: key for key in pairs})
    update("SharedResource.ar.resx", pairs)
    print(f"{len(pairs)} entries written to both files.")


if __name__ == "__main__":
    main()
