# The feedback of a project from the keyboard, as a screen-reader user meets
# it: type what colleagues said (Ctrl+N, Enter: saved at once, the entry ready
# for the next one), find it again (Ctrl+F, Down), open it (Enter), answer its
# author (Tab to the response, Ctrl+S), look without changing (Escape); every
# control named. The workspace file says what was saved.
import sqlite3, sys, tempfile, time
import pyatspi
from dogtail.predicate import GenericPredicate
from passerelle_e2e import App, check, demo_workspace, finish

binary = sys.argv[1]

FIRST = "The badge reader at the quokka gate refuses my card"
WORD = "quokka"
SECOND = "Please add a dark theme to the planning screen"
RESPONSE = "Fixed in the March release, thank you"


def wait_for(condition, timeout=5):
    deadline = time.time() + timeout
    while True:
        if condition():
            return True
        if time.time() > deadline:
            return False
        time.sleep(0.2)


def feedback_saved(path, text):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT text, category, status, severity, response, resolved_at, created_at, project_id "
                          "FROM feedback WHERE text = ?", (text,)).fetchall()


def feedback_count(path, project_id):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count (*) FROM feedback WHERE project_id = ?", (project_id,)).fetchone()[0]


def shown_project(app, path):
    """The id of the project the window shows, found by its name in the header."""
    with sqlite3.connect(path) as db:
        projects = db.execute("SELECT id, name FROM project").fetchall()
    for project_id, name in projects:
        if app.find("push button", f"Project: {name}", timeout=1) is not None:
            return project_id
    return None


def feedback_rows(app):
    """The rows of the list of feedback, in order: other sections have tables too."""
    table = app.find("table", "Feedback")
    return table.findChildren(GenericPredicate(roleName="table cell")) if table else []


def row_shown(app, text, timeout=5):
    """The row that reads as the sentence of the item @text ("Text — category, …"), if shown."""
    found = []
    def look():
        try:
            for cell in feedback_rows(app):
                if cell.name.startswith(text + " — "):
                    found.append(cell)
                    return True
        except Exception:
            pass  # a row rebound while it was read: read again
        return False
    return found[0] if wait_for(look, timeout) else None


def editor(app, timeout=5):
    """The triage editor: a window of its own, named after what it edits."""
    found = []
    def look():
        found[:] = [node for node in app.node.children if node.name == "Feedback"]
        return bool(found)
    return found[0] if wait_for(look, timeout) else None


def editor_closed(app, timeout=5):
    return wait_for(lambda: not any(node.name == "Feedback" for node in app.node.children), timeout)


def in_editor(window, role, name):
    found = window.findChildren(GenericPredicate(name=name, roleName=role)) if window else []
    return found[0] if found else None


def is_focused(node, timeout=5):
    return node is not None and wait_for(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), timeout)


with tempfile.TemporaryDirectory() as tmp:
    workspace = demo_workspace(binary, tmp)
    app = App(binary, workspace)
    try:
        project_id = shown_project(app, workspace)
        check(project_id is not None, "the window shows a project")
        before = feedback_count(workspace, project_id)

        app.keys("<Alt>3")
        check(app.find("table", "Feedback") is not None, "Alt+3 shows the list of feedback")
        check(app.label_exists(f"{before} items shown"), f"the number of items shown is said ({before})")

        # Ctrl+N, type, Enter: saved at once; the entry is empty and ready for the next one.
        app.keys("<Control>n")
        entry = app.find("text", "New feedback")
        check(is_focused(entry), "Ctrl+N puts the focus in the entry “New feedback”")
        typed_at = int(time.time())
        app.type(FIRST)
        app.keys("Return")
        check(wait_for(lambda: feedback_saved(workspace, FIRST)),
              "Enter saves the feedback typed in the workspace file")
        saved = feedback_saved(workspace, FIRST)
        check(len(saved) == 1 and saved[0][1:6] == ("other", "new", 2, "", None) and saved[0][7] == project_id,
              f"it is new, in the category shown (Other), unanswered, in the project shown (found {saved})")
        check(len(saved) == 1 and typed_at - 5 <= saved[0][6] <= time.time() + 5,
              "it is dated when it was typed")
        check(entry is not None and wait_for(lambda: entry.text == ""), "the entry is empty again")
        check(is_focused(entry), "the entry keeps the focus")
        check(app.label_exists(f"{before + 1} items shown"), "the count follows")
        rows = feedback_rows(app)
        check(bool(rows) and rows[0].name.startswith(FIRST + " — Other, New, severity 2 Moderate, no department, received "),
              "the list shows it first, read as a sentence: text, category, status, severity, department, date")

        app.type(SECOND)
        app.keys("Return")
        check(wait_for(lambda: feedback_saved(workspace, SECOND)), "a second piece of feedback follows with Enter")
        check(entry is not None and wait_for(lambda: entry.text == "") and is_focused(entry),
              "the entry is empty and focused again")
        check(app.label_exists(f"{before + 2} items shown"), "both are counted")

        # Ctrl+F, a word of the first one: only that one is shown.
        app.keys("<Control>f")
        check(is_focused(app.find("entry", "Search feedback")), "Ctrl+F goes to the search")
        app.type(WORD)
        check(app.label_exists("1 item shown"), f"the search for “{WORD}” says one item is shown")
        first_row = row_shown(app, FIRST)
        check(first_row is not None, "the feedback searched for is in the list")
        check(row_shown(app, SECOND, timeout=1) is None, "the other one has left the list")

        # Down, Enter: the editor of the item found.
        app.keys("Down")
        rows = feedback_rows(app)
        check(len(rows) == 1 and app.is_selected(rows[0]) and is_focused(rows[0]),
              "Down in the search selects the item found and gives it the focus")
        app.keys("Return")
        window = editor(app)
        check(window is not None, "Enter on the item opens the triage editor")
        text_view = in_editor(window, "text", "Feedback text")
        check(text_view is not None and text_view.text == FIRST, "the editor shows the text of the item opened")
        check(is_focused(in_editor(window, "combo box", "Status")), "the editor starts on the status")
        unnamed = app.unnamed_controls()
        check(not unnamed, f"every control of the editor has a name (unnamed: {unnamed})")

        # Status, Category, Severity, Department, then the response.
        app.keys("Tab", "Tab", "Tab", "Tab")
        response_view = in_editor(window, "text", "Response to the author")
        check(is_focused(response_view), "four Tabs from the status reach the response to the author")
        app.type(RESPONSE)
        app.keys("<Control>s")
        check(editor_closed(app), "Ctrl+S saves and closes the editor")
        check(wait_for(lambda: [r[4] for r in feedback_saved(workspace, FIRST)] == [RESPONSE]),
              "the response is in the workspace file")
        saved = feedback_saved(workspace, FIRST)
        check(len(saved) == 1 and saved[0][2] == "new" and saved[0][5] is None,
              f"answering leaves the status as it was, unresolved (found {saved})")
        answered = row_shown(app, FIRST)
        check(answered is not None and wait_for(lambda: answered.name.endswith(", answered")),
              "the row now says the item is answered")

        # Enter again: the same item, with its response; Escape leaves it unchanged.
        rows = feedback_rows(app)
        check(len(rows) == 1 and is_focused(rows[0]), "the focus is back on the item once the editor is closed")
        app.keys("Return")
        window = editor(app)
        response_view = in_editor(window, "text", "Response to the author")
        check(response_view is not None and response_view.text == RESPONSE, "the editor shows the response saved")
        app.keys("Tab", "Tab", "Tab", "Tab")
        app.type(" and more")
        check(is_focused(response_view) and wait_for(lambda: response_view.text == RESPONSE + " and more"),
              "the response is being changed")
        app.keys("Escape")
        check(editor_closed(app), "Escape closes the editor")
        check([r[4] for r in feedback_saved(workspace, FIRST)] == [RESPONSE], "Escape saves nothing")

        # Escape in the search shows everything again.
        app.keys("<Control>f", "Escape")
        check(app.label_exists(f"{before + 2} items shown") and row_shown(app, SECOND) is not None,
              "Escape in the search shows all the feedback again")

        unnamed = app.unnamed_controls()
        check(not unnamed, f"every control of the Pilots & Feedback section has a name (unnamed: {unnamed})")
        check(app.process.poll() is None, "Passerelle is still running")
    finally:
        app.close()
finish()
