# The live capture as a facilitator meets it, keyboard only: open the running
# workshop's capture from the Workshops section (Alt+2, Ctrl+L), type
# contributions and press Enter, change the kind with Ctrl+3, Ctrl+4, Ctrl+5,
# name an author (Alt+A), take one back with Ctrl+Z. The workspace file must
# hold exactly what was typed; what the list shows must survive a kill -9.
import os, signal, sqlite3, sys, tempfile, time
import pyatspi
from dogtail.predicate import GenericPredicate
from passerelle_e2e import App, check, demo_workspace, finish
from dogtail.config import config

binary = sys.argv[1]
# Typing as fast as a facilitator does; the default types ten keys a second.
config.typingDelay = 0.03


def wait_for(condition, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def find_frame(app, prefix):
    """A toplevel window of the application whose name starts with prefix."""
    for node in app.node.children:
        if node.roleName == "frame" and (node.name or "").startswith(prefix):
            return node
    return None


def find_in(node, role, name=None):
    found = node.findChildren(GenericPredicate(name=name, roleName=role))
    return found[0] if found else None


def names_in(node, role):
    return [n.name or "" for n in node.findChildren(GenericPredicate(roleName=role))]


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


def contributions(path, workshop_id):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT text, kind, author_id FROM contribution WHERE workshop_id = ? "
                          "ORDER BY created_at, id", (workshop_id,)).fetchall()


with tempfile.TemporaryDirectory() as tmp:
    path = demo_workspace(binary, tmp)
    with sqlite3.connect(path) as db:
        workshop_id, title = db.execute(
            "SELECT id, title FROM workshop WHERE status = 'running' ORDER BY starts_at LIMIT 1").fetchone()
        names = [row for row in db.execute(
            "SELECT p.id, p.name FROM workshop_participant AS wp JOIN person AS p ON p.id = wp.person_id "
            "WHERE wp.workshop_id = ? ORDER BY p.name", (workshop_id,))]
    author_id, author = next((i, n) for i, n in names if n.isascii())
    before = contributions(path, workshop_id)

    app = App(binary, path)
    try:
        check(app.find("frame") is not None, "the main window opens")
        app.keys("<Alt>2")
        workshops = app.find("list", "Workshops")
        check(workshops is not None and any(name.startswith(title) for name in names_in(workshops, "list item")),
              f"the Workshops section lists the running workshop “{title}”")
        app.keys("<Control>l")
        capture = None
        wait_for(lambda: find_frame(app, "Live Capture") is not None)
        capture = find_frame(app, "Live Capture")
        check(capture is not None and title in capture.name, "Ctrl+L opens the live capture of the running workshop")
        unnamed = unnamed_in(capture) if capture else ["no window"]
        check(not unnamed, f"every control of the live capture has a name (unnamed: {unnamed})")
        for name in ["Idea", "Need", "Pain Point", "Question", "Decision"]:
            check(capture is not None and find_in(capture, "push button", name) is not None,
                  f"the kind “{name}” is a named button")

        app.type("Too many clicks to log a call")
        app.keys("Return")
        app.keys("<Control>3")
        app.type("The phone screens are too small")
        app.keys("Return")
        app.keys("<Control>4")
        app.type("Who answers questions after go-live")
        app.keys("Return")
        app.type("A typo to take back")
        app.keys("Return")
        wait_for(lambda: len(contributions(path, workshop_id)) == len(before) + 4)
        app.keys("<Control>z")
        wait_for(lambda: len(contributions(path, workshop_id)) == len(before) + 3)

        app.keys("<Alt>a")
        app.type(author)
        app.keys("Return")
        app.keys("<Control>5")
        app.type("We go live in March")
        app.keys("Return")

        decision = find_in(capture, "push button", "Decision") if capture else None
        states = decision.getState() if decision else None
        check(states is not None and (states.contains(pyatspi.STATE_PRESSED) or states.contains(pyatspi.STATE_CHECKED)),
              "Ctrl+5 shows Decision as the kind chosen")
        shown = capture is not None and wait_for(
            lambda: any("We go live in March" in name for name in names_in(capture, "list item")))
        check(shown, "the last contribution shows in the list")
        check(capture is not None and
              any(name.startswith("Decision: We go live in March") for name in names_in(capture, "list item")),
              "the list reads the kind before the text")

        # Shown means saved: kill the process at once, then read the file.
        os.kill(app.process.pid, signal.SIGKILL)
        app.process.wait(timeout=10)

        added = contributions(path, workshop_id)[len(before):]
        check([(t, k) for t, k, _ in added] == [
            ("Too many clicks to log a call", "idea"),
            ("The phone screens are too small", "pain_point"),
            ("Who answers questions after go-live", "question"),
            ("We go live in March", "decision"),
        ], f"the workspace holds what was typed, with the kinds chosen (found {added})")
        check(added and added[-1][2] == author_id and all(a is None for _, _, a in added[:-1]),
              f"the author typed ({author}) is recorded; the others are anonymous")
        check(not any(t == "A typo to take back" for t, _, _ in contributions(path, workshop_id)),
              "Ctrl+Z took the last entry back")
        with sqlite3.connect(path) as db:
            check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok",
                  "the workspace passes the integrity check after kill -9")
    finally:
        if app.process.poll() is None:
            app.close()
finish()
