# The Workshops section from the keyboard: a new workshop (Ctrl+N, type, Tab,
# Enter) is saved and listed; the selected workshop shows its agenda, its
# participants and who is in the room, every control named.
import sqlite3, sys, tempfile, time
from passerelle_e2e import App, check, demo_workspace, finish

binary = sys.argv[1]


def wait_for(condition, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


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
        check(app.find("list", "Workshops") is not None, "the section has a list named Workshops")
        for name in ["Start Live Capture", "Vote and Group", "Edit", "More Actions", "Add Block",
                     "Invite Department"]:
            check(app.find("push button", name) is not None, f"the workshop shows a “{name}” button")
        check(app.find("list", "Agenda blocks") is not None, "the agenda is a named list")
        check(app.find("list", "Participants") is not None, "the participants are a named list")
        check(app.find("check box") is not None, "each participant has a check-in box")
        check(app.find(None, "Missing: nobody invited") is not None, "who is in the room lists the missing groups")
        workshops = app.find("list", "Workshops")
        section = workshops.parent.parent.parent if workshops else None
        unnamed = unnamed_in(section) if section else ["no section"]
        check(not unnamed, f"every control of the Workshops section has a name (unnamed: {unnamed})")

        app.keys("<Control>n")
        check(wait_for(lambda: any((n.name or "") == "New Workshop" for n in app.find_all("frame")) or
                       app.find("dialog", "New Workshop", 1) is not None, 5),
              "Ctrl+N opens the editor of a new workshop")
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
                                   for n in app.find_all("list item"))),
              "the new workshop is listed, and read with its date and counts")
    finally:
        app.close()
finish()
