# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader hears of Dossier's main window, through Qt's AT-SPI bridge (run by run.sh).

Every control on screen must have a name that says what it is for: a button, check box, field,
list, table or tab with an empty name is read as its role alone. A combo box's name is the item it
shows (Qt on Linux), so it needs a label leading to it (the labelled-by relation) to say what it is
for. Fails, listing them, when one has not; and when the window's known parts are not found (so
that an empty tree cannot pass).

The same for the Export dialog, opened through its menu item as a screen reader user would (pressed
through AT-SPI) and closed with its own button. Then it re-imports the folder through the menu
(File › Re-import Folder) and fails unless the outcome ("Imported: …") is announced."""

import sys
import time

import pyatspi
from gi.repository import GLib

CONTROLS = {
    "button", "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "spin button", "table", "tree table", "tree", "list", "page tab", "slider",
}
# Dialogs opened through their menu items, as a screen reader user would (pressed through AT-SPI),
# each walked like the window and closed with its own button. Only the ones that do not hold the
# application in a modal loop: a modal dialog's press is answered on the bus only once it closes
# (the others are checked in-process by accessibility_test, through the same Qt interfaces).
DIALOGS = [("Export…", "Cancel")]
# Parts of the window the walk must meet, so that the check is not vacuous (the reader, read-only
# text, is a label to AT-SPI).
EXPECTED = {"Search all articles", "Articles", "Article text", "Codebook", "Annotations of this article"}


def find_app(timeout=30.0):
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for app in desktop:
            if app is not None and app.name == "Dossier":
                return app
        time.sleep(0.3)
    return None


def showing(obj):
    return obj.getState().contains(pyatspi.STATE_SHOWING)


def labelled(obj):
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY and r.getNTargets() > 0
               for r in obj.getRelationSet())


def walk(obj, path, out, seen):
    try:
        role = obj.getRoleName()
        name = obj.name or ""
    except Exception:  # gone while walking
        return
    if not showing(obj):
        return
    seen.add(name)
    here = path + [f"{role} '{name}'"]
    if role in CONTROLS:
        out.append((role, name, labelled(obj), " > ".join(here[-3:])))
        if role in ("combo box", "table", "tree table", "tree", "list"):
            return  # their items are the user's data
    for child in obj:
        if child is not None:
            walk(child, here, out, seen)


def find(obj, role, name=None):
    """The first object below `obj` (itself included) of `role`, and of `name` when given."""
    try:
        if obj.getRoleName() == role and (name is None or obj.name == name):
            return obj
        for child in obj:
            if child is not None:
                found = find(child, role, name)
                if found is not None:
                    return found
    except Exception:  # gone while walking
        pass
    return None


def reimported(message):
    """The outcome of the re-import (every file unchanged), not of the first import."""
    return message.startswith("Imported: ") and "12 unchanged" in message


def announcements_of_reimport(app):
    """The announcements made while File › Re-import Folder runs, pressed through AT-SPI."""
    item = find(app, "menu item", "Re-import Folder")
    if item is None:
        return None
    heard = []
    listener = lambda event: heard.append(str(event.any_data))
    pyatspi.Registry.registerEventListener(listener, "object:announcement")

    def press():
        item.queryAction().doAction(0)
        return False

    def stop():
        if any(reimported(h) for h in heard) or time.monotonic() > deadline:
            pyatspi.Registry.stop()
            return False
        return True

    deadline = time.monotonic() + 20
    GLib.timeout_add(100, press)
    GLib.timeout_add(200, stop)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(listener, "object:announcement")
    return heard


def dialog_problems(app, item_name, close_name):
    """Opens a dialog through its menu item, checks it as the window is checked, closes it."""
    item = find(app, "menu item", item_name)
    if item is None:
        return [f"no menu item '{item_name}' on the bus"]
    # Disabled while the first import runs (on a loaded machine, still running here).
    end = time.monotonic() + 60
    while not item.getState().contains(pyatspi.STATE_ENABLED) and time.monotonic() < end:
        time.sleep(0.2)
    if not item.getState().contains(pyatspi.STATE_ENABLED):
        return [f"'{item_name}' stayed disabled"]
    try:
        item.queryAction().doAction(0)
    except Exception as e:  # noqa: BLE001 - said in the failure
        return [f"pressing '{item_name}' failed: {e}"]
    dialog = None
    end = time.monotonic() + 10
    while dialog is None and time.monotonic() < end:
        time.sleep(0.2)
        dialog = next((c for c in app if c is not None and c.getRoleName() in ("dialog", "frame") and showing(c)
                       and "Dossier" not in c.name), None)
    if dialog is None:
        return [f"'{item_name}' opened no dialog"]
    title = dialog.name
    controls, seen = [], set()
    walk(dialog, [title], controls, seen)
    problems = check(controls)
    if not controls:
        problems.append(f"{title}: no controls found")
    close = find(dialog, "button", close_name) or find(dialog, "push button", close_name)
    if close is None:
        problems.append(f"{title}: no '{close_name}' button")
    else:
        close.queryAction().doAction(0)
        end = time.monotonic() + 10
        while any(c is not None and c.name == title and showing(c) for c in app) and time.monotonic() < end:
            time.sleep(0.2)
    print(f"{title}: {len(controls)} controls checked")
    return problems


def check(controls):
    problems = []
    for role, name, has_label, path in controls:
        if not name.strip():
            problems.append(f"no name: {path}")
        elif role == "combo box" and not has_label:
            problems.append(f"a combo box read only as its item '{name}', with no label: {path}")
    return problems


def main():
    app = find_app()
    if app is None:
        print("Dossier did not appear on the accessibility bus")
        return 1
    controls, seen = [], set()
    end = time.monotonic() + 30
    while time.monotonic() < end:  # until the corpus is open and the window has its parts
        controls, seen = [], set()
        for child in app:
            if child is not None:
                walk(child, [], controls, seen)
        if EXPECTED <= seen:
            break
        time.sleep(0.5)
    problems = []
    # The first import's outcome in the status bar: what follows presses menu items, which must
    # not race it (on a loaded machine it is still running here).
    bar = find(app, "status bar")
    end = time.monotonic() + 60
    while bar is not None and not bar.name.startswith("Imported: ") and time.monotonic() < end:
        time.sleep(0.2)
    if bar is None or not bar.name.startswith("Imported: "):
        problems.append(f"the first import did not finish: status bar {bar.name if bar else None!r}")
    missing = EXPECTED - seen
    if missing:
        problems.append(f"not found on the bus: {sorted(missing)}")
    problems += check(controls)
    for item_name, close_name in DIALOGS:
        problems += dialog_problems(app, item_name, close_name)
    heard = announcements_of_reimport(app)
    if heard is None:
        problems.append("no menu item 'Re-import Folder' on the bus")
    elif not any(reimported(h) for h in heard):
        problems.append(f"the re-import's outcome was not announced; heard: {heard}")
    print(f"{len(controls)} controls on screen checked; announced: {heard}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
