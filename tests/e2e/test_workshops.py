# The Workshops section from the keyboard: a new workshop (Ctrl+N, type, Tab,
# Enter) is saved and listed; the selected workshop shows its agenda, its
# participants and who is in the room, every control named.
import sqlite3, sys, tempfile, time
from dogtail.predicate import GenericPredicate
from passerelle_e2e import App, check, demo_workspace, finish

binary = sys.argv[1]


def wait_for(condition, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def find_in(node, role=None, name=None):
    found = node.findChildren(GenericPredicate(name=name, roleName=role))
    return found[0] if found else None


def unnamed_in(node):
    unnamed = []
    interactive = {"push button", "toggle button", "check box", "text", "entry", "combo box",
                   "spin button", "list item", "menu item"}
    def walk(n):
        try:
            role, name, kids = n.roleName, n.name, n.children
        except Exception:
            return
        if role in interactive and not (name or "").strip():
            unnamed.append(role)
        for kid in kids:
            walk(kid)
    walk(node)
    return unnamed


with tempfile.TemporaryDirectory() as tmp:
    path = demo_workspace(binary, tmp)
    app = App(binary, path)
    try:
        check(app.find("frame") is not None, "the main window opens")
        app.keys("<Alt>2")
        workshops = app.find("list", "Workshops")
        check(workshops is not None, "the section has a list named Workshops")
        # The section's page: the list's pane and the workshop beside it.
        section = workshops.parent.parent.parent.parent if workshops else app.node
        for name in ["Start Live Capture", "Vote and Group", "Edit", "More Actions", "Add Block",
                     "Invite Department"]:
            check(find_in(section, "push button", name) is not None, f"the workshop shows a “{name}” button")
        check(find_in(section, "list", "Agenda blocks") is not None, "the agenda is a named list")
        check(find_in(section, "list", "Participants") is not None, "the participants are a named list")
        check(find_in(section, "check box") is not None, "each participant has a check-in box")
        check(find_in(section, None, "Missing: nobody invited") is not None,
              "who is in the room lists the missing groups")
        unnamed = unnamed_in(section)
        check(not unnamed, f"every control of the Workshops section has a name (unnamed: {unnamed})")

        app.keys("<Control>n")
        opened = wait_for(lambda: any(n.roleName == "frame" and n.name == "New Workshop" for n in app.node.children))
        check(opened, "Ctrl+N opens the editor of a new workshop, read as a window named after its title "
              f"(windows: {[(n.roleName, n.name) for n in app.node.children]})")
        app.type("Referents on the shop floor")
        app.keys("Tab")
        app.type("Meet the warehouse teams where they work")
        app.keys("Tab")
        app.type("2027-01-15 09:30")
        app.keys("Return")

        def saved():
            with sqlite3.connect(path) as db:
                return db.execute("SELECT title, objective, starts_at, status FROM workshop "
                                  "WHERE title = 'Referents on the shop floor'").fetchone()
        check(wait_for(lambda: saved() is not None), "Enter creates the workshop in the workspace file")
        row = saved()
        check(row is not None and row[1] == "Meet the warehouse teams where they work" and
              row[2] == 1800005400 and row[3] == "planned",
              f"its objective, date (local time, here UTC) and status are saved (found {row})")
        check(wait_for(lambda: any((n.name or "").startswith("Referents on the shop floor")
                                   for n in workshops.findChildren(GenericPredicate(roleName="list item")))),
              "the new workshop is listed, and read with its date and counts")
    finally:
        app.close()
finish()
