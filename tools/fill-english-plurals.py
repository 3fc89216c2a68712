#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Feedscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/feedscope_en.ts (the strings with %n, as lupdate -pluralonly lists them)
with English singular and plural forms made from the source's "(s)" and "(ies)" markers:
"%n frame(s)" -> "%n frame" / "%n frames". A source without a marker keeps its text in both
forms. Run it after the update_translations target lists a new one (tools/feedscope-dev checks fails
until then), then that target again, which writes the file in lupdate's own form."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/feedscope_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    one = source.replace("(ies)", "y").replace("(s)", "")  # "entit(ies)" -> "entity"
    many = source.replace("(ies)", "ies").replace("(s)", "s")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    for form in (one, many):
        ET.SubElement(translation, "numerusform").text = form
ET.indent(tree, "    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
