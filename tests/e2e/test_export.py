# The leadership workbook, exported from the keyboard: Ctrl+Shift+E opens the
# dialog, every control has a name, an impossible day is refused on the spot,
# and Return writes the workbook for the period typed, with a toast at the end.
# Searches stay inside the dialog (or near the top of the window, for the
# toast): the whole tree of the window is slow to walk.
import glob, os, sys, tempfile, time
import pyatspi
from dogtail.predicate import GenericPredicate
from passerelle_e2e import INTERACTIVE, App, check, demo_workspace, finish

TITLE = "Export Workbook"


def toplevel(app, name, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in app.node.children:
            if node.name == name:
                return node
        time.sleep(0.2)
    return None


def find_in(node, role, name, timeout=10):
    deadline = time.time() + timeout
    while node is not None and time.time() < deadline:
        found = node.findChildren(GenericPredicate(roleName=role, name=name))
        if found:
            return found[0]
        time.sleep(0.2)
    return None


def find_shallow(node, role, name, depth, timeout=15):
    """Breadth first, a few levels down only."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        level = [node]
        for _ in range(depth):
            level = [kid for parent in level for kid in parent.children]
            for kid in level:
                if kid.roleName == role and kid.name == name:
                    return kid
        time.sleep(0.3)
    return None


def unnamed_in(node):
    unnamed = []
    def walk(current):
        if current.roleName in INTERACTIVE and not (current.name or "").strip():
            unnamed.append(current.roleName)
        for kid in current.children:
            walk(kid)
    walk(node)
    return unnamed


def sensitive(node):
    return node is not None and node.getState().contains(pyatspi.STATE_SENSITIVE)


def wait_for_file(pattern, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = glob.glob(pattern)
        if found:
            return found[0]
        time.sleep(0.3)
    return None


binary = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    # With no Documents folder, the workbook goes to the home folder.
    app = App(binary, demo_workspace(binary, tmp), env={"HOME": tmp})
    try:
        window = app.find("frame")
        app.keys("<Control><Shift>e")
        dialog = toplevel(app, TITLE)
        check(dialog is not None, "Ctrl+Shift+E opens the export dialog")
        for role, name in [("combo box", "Project"), ("combo box", "Period"), ("check box", "Show real names"),
                           ("push button", "Choose the file to write"), ("push button", "Export"),
                           ("push button", "Cancel")]:
            check(find_in(dialog, role, name) is not None, f"the dialog has a {role} named “{name}”")
        project = find_in(dialog, "combo box", "Project")
        check(find_in(project, "list item", "CRM roll-out") is not None, "the window's project is the one selected")
        unnamed = unnamed_in(dialog) if dialog else ["dialog"]
        check(not unnamed, f"every control of the dialog has an accessible name (unnamed: {unnamed})")

        app.keys("Escape")
        time.sleep(0.5)
        check(toplevel(app, TITLE, timeout=1) is None, "Escape closes the dialog")

        app.keys("<Control><Shift>e")
        dialog = toplevel(app, TITLE)
        find_in(dialog, "combo box", "Project")
        # Export has the focus: Tab twice reaches the period; Return opens its list.
        app.keys("Tab", "Tab", "Return", "Down", "Down", "Down", "Return", "Tab")
        first_day = find_in(dialog, "text", "First day (year-month-day)")
        check(first_day is not None, "choosing Custom shows the first day")
        app.type("2025-13-01")
        check(find_in(dialog, "label", "“2025-13-01” is not a date: write it as year-month-day, "
                                       "for example 2025-03-31.") is not None,
              "an impossible day is explained under the rows")
        export = find_in(dialog, "push button", "Export")
        check(not sensitive(export), "Export is off while the period is wrong")

        app.keys(*["BackSpace"] * 5)
        app.type("01-01")
        time.sleep(0.5)
        check(sensitive(export), "Export is back once the day is corrected")

        # Return in the day's row presses Export.
        app.keys("Return")
        workbook = wait_for_file(os.path.join(tmp, "CRM roll-out – workbook *.xlsx"))
        check(workbook is not None, "the workbook is written where the dialog said")
        toast = find_shallow(window, "label", "Workbook exported", depth=6)
        check(toast is not None, "a toast says the workbook is exported")
        # Its buttons, read at once: the toast goes after a few seconds.
        buttons = [node.name for node in (toast.parent.parent.children if toast else [])
                   if node.roleName == "push button"]
        check("Open" in buttons, f"the toast offers to open it (buttons: {buttons})")
        check("Dismiss" in buttons, f"the toast's close button is named (buttons: {buttons})")
        check(toplevel(app, TITLE, timeout=1) is None, "the dialog closed itself")
        if workbook:
            with open(workbook, "rb") as f:
                check(f.read(2) == b"PK", "the workbook is an .xlsx (zip) file")
            from openpyxl import load_workbook
            summary = load_workbook(workbook, read_only=True).worksheets[0]
            texts = [str(c) for row in summary.iter_rows(values_only=True) for c in row if c is not None]
            check(any("2025-01-01" in t for t in texts), "the summary states the period typed")
        check(not glob.glob(os.path.join(tmp, ".*.xlsx.*")), "no temporary file is left")
    finally:
        app.close()
finish()
