"""Edits papers in a running LibreOffice the way a user would, and saves them as .docx.

Usage: python3 edit_in_libreoffice.py PIPE JOBS.json
       python3 edit_in_libreoffice.py PIPE --quit

LibreOffice must be listening on the named pipe (soffice --accept=pipe,name=PIPE;urp;). JOBS.json
is a list of {"input": path, "output": path, "edits": [edit, ...]}; each paper is opened hidden,
edited, saved with the "MS Word 2007 XML" filter and closed. An edit is one of:

  {"binding": XPATH, "text": T}  the first control in reading order bound to XPATH shows T: a
                                 plain-text control (an input field to LibreOffice) gets T as its
                                 content, a drop-down or date control has its text replaced by T,
                                 as choosing an item or typing a date does;
  {"title": TITLE, "text": T}    the same for the first plain-text control titled TITLE;
  {"find": F, "text": T}         in the first content control whose text holds F, F is replaced
                                 by T, as typing over a selection does.

Prints one line per edit; exits 1 when an edit finds nothing to edit, 2 when LibreOffice cannot
be reached. --quit asks the LibreOffice on PIPE to close.
"""

import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import DisposedException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, seconds=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            if time.monotonic() > deadline:
                print("LibreOffice did not answer on pipe %s within %d s" % (pipe, seconds), file=sys.stderr)
                sys.exit(2)
            time.sleep(0.25)


def grab_bag(field):
    return {p.Name: p.Value for p in field.InteropGrabBag}


def binding_of(field):
    for p in grab_bag(field).get("ooxml:CT_SdtPr_dataBinding", ()):
        if p.Name == "ooxml:CT_DataBinding_xpath":
            return p.Value
    return None


def portions(text):
    """Every text portion of a text and of the tables in it, in reading order."""
    paragraphs = text.createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if paragraph.supportsService("com.sun.star.text.TextTable"):
            for name in paragraph.getCellNames():
                yield from portions(paragraph.getCellByName(name))
        elif paragraph.supportsService("com.sun.star.text.Paragraph"):
            inside = paragraph.createEnumeration()
            while inside.hasMoreElements():
                yield inside.nextElement()


def control_text(control):
    pieces = []
    inside = control.createEnumeration()
    while inside.hasMoreElements():
        pieces.append(inside.nextElement().getString())
    return "".join(pieces)


def replace_in_control(control, start, length, text):
    """Selects length characters from start inside the control and types text over them."""
    cursor = control.createTextCursor()
    cursor.gotoStart(False)
    cursor.goRight(start, False)
    cursor.goRight(length, True)
    cursor.setString(text)


def find_input_field(document, matches):
    for portion in portions(document.Text):
        if portion.TextPortionType == "TextField" and portion.TextField.supportsService("com.sun.star.text.TextField.Input"):
            if matches(portion.TextField):
                return portion.TextField
    # Not in the body: a header or footer.
    fields = document.TextFields.createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.TextField.Input") and matches(field):
            return field
    return None


def find_content_control(document, matches):
    for portion in portions(document.Text):
        if portion.TextPortionType == "ContentControl" and matches(portion.ContentControl):
            return portion.ContentControl
    return None


def edit(document, change):
    text = change["text"]
    if "binding" in change:
        xpath = change["binding"]
        field = find_input_field(document, lambda f: binding_of(f) == xpath)
        if field is not None:
            field.Content = text
            return "plain-text control bound to %s: %s" % (xpath, text)
        control = find_content_control(document, lambda c: c.DataBindingXpath == xpath)
        if control is not None:
            replace_in_control(control, 0, len(control_text(control)), text)
            return "content control bound to %s: %s" % (xpath, text)
        raise LookupError("no control is bound to " + xpath)
    if "title" in change:
        title = change["title"]
        field = find_input_field(document, lambda f: grab_bag(f).get("ooxml:CT_SdtPr_alias") == title)
        if field is None:
            raise LookupError("no plain-text control is titled " + title)
        field.Content = text
        return "plain-text control '%s': %s" % (title, text)
    found = change["find"]
    control = find_content_control(document, lambda c: found in control_text(c))
    if control is None:
        raise LookupError("no content control holds " + found)
    replace_in_control(control, control_text(control).index(found), len(found), text)
    return "content control holding '%s': %s" % (found, text)


def run(context, jobs):
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    for job in jobs:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job["input"]), "_blank", 0, (prop("Hidden", True),))
        if document is None:
            raise IOError("LibreOffice could not open " + job["input"])
        try:
            for change in job["edits"]:
                print(edit(document, change), flush=True)
            document.TextFields.refresh()
            document.storeToURL(uno.systemPathToFileUrl(job["output"]), (prop("FilterName", "MS Word 2007 XML"),))
        finally:
            document.close(True)


def main():
    pipe = sys.argv[1]
    context = connect(pipe)
    if sys.argv[2] == "--quit":
        try:
            context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context).terminate()
        except DisposedException:
            pass  # it closed while answering
        return
    with open(sys.argv[2], encoding="utf-8") as file:
        jobs = json.load(file)
    try:
        run(context, jobs)
    except LookupError as e:
        print(e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
