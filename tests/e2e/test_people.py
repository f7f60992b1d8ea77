# The People section from the keyboard, as a screen-reader user meets it: find a
# colleague with Ctrl+F, add one through the editor, hear why an empty name is
# refused; every control named. The workspace file says what was saved.
import os, sqlite3, sys, tempfile, time
from dogtail.predicate import GenericPredicate
from passerelle_e2e import App, check, demo_workspace, finish

binary = sys.argv[1]


def people_named(path, name):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT email, archived FROM person WHERE name = ?", (name,)).fetchall()


def people_rows(app):
    """The rows of the list of people, in order: other sections have tables too."""
    table = app.find("table", "People")
    return table.findChildren(GenericPredicate(roleName="table cell")) if table else []


def row_shown(app, name, timeout=5):
    """The row of the list that reads as @name's sentence ("Name, department, …"), if shown."""
    deadline = time.time() + timeout
    while True:
        for cell in people_rows(app):
            if cell.name.split(", ")[0] == name:
                return cell
        if time.time() > deadline:
            return None
        time.sleep(0.2)


with tempfile.TemporaryDirectory() as tmp:
    workspace = demo_workspace(binary, tmp)
    app = App(binary, workspace)
    try:
        app.keys("<Alt>5")
        check(app.find("table", "People") is not None, "Alt+5 shows the list of people")
        check(row_shown(app, "Agnieszka Horvat") is not None, "the list starts with the first name")

        # Ctrl+F goes to the search; typing filters the list as one types.
        app.keys("<Control>f")
        app.type("vincent")
        time.sleep(1)
        check(row_shown(app, "Amélie Vincent") is not None, "the search finds Amélie Vincent")
        check(row_shown(app, "Agnieszka Horvat", timeout=2) is None,
              "people who do not match leave the list")
        check(app.find("table cell", "Amélie Vincent, Sales, Sales manager, Lyon, digital comfort 2 — Manages the basics",
                       timeout=2) is not None,
              "a row reads as a sentence: name, department, job, site, comfort")
        check(app.label_exists("4 people shown"), "the number of people shown is said")

        # Down goes from the search to the people found, then down the list;
        # Enter opens the person under the focus.
        app.keys("Down")
        cells = people_rows(app)
        check(len(cells) == 4 and app.is_selected(cells[0]), "Down in the search selects the first person found")
        app.keys("Down")
        check(app.is_selected(cells[1]), "Down again goes to the next person")
        second = cells[1].name.split(", ")[0]
        app.keys("Return")
        check(app.find(None, "Edit Person") is not None and app.label_exists(second),
              f"Enter in the list opens the person selected, {second}")
        app.keys("Escape")
        time.sleep(0.5)

        # Enter in the search opens the first person found.
        app.keys("<Control>f")
        app.keys("Return")
        check(app.find(None, "Edit Person") is not None, "Enter in the search opens the person found")
        app.keys("Escape")
        time.sleep(0.5)
        # Escape in the search empties it.
        app.keys("<Control>f", "Escape")
        with sqlite3.connect(workspace) as db:
            everyone = db.execute("SELECT count (*) FROM person WHERE archived = 0").fetchone()[0]
        check(app.label_exists(f"{everyone} people shown") and row_shown(app, "Agnieszka Horvat") is not None,
              "Escape in the search shows everyone again, from the top")

        # Ctrl+N: an empty name is refused, and the reason is in the tree.
        app.keys("<Control>n")
        check(app.find(None, "New Person") is not None, "Ctrl+N opens the editor for a new person")
        app.keys("Return")
        # The message is an alert, so that it is read out as it appears.
        check(app.find("alert", "Enter the person’s name, for example “Marie Dupont”.") is not None,
              "an empty name is refused with a message saying what to type")
        unnamed = app.unnamed_controls()
        check(not unnamed, f"every control of the editor has a name (unnamed: {unnamed})")

        # Typed from the keyboard and saved with Enter.
        app.type("Zazie Keyboard")
        app.keys("Tab")
        app.type("zazie.keyboard@example.com")
        app.keys("Return")
        time.sleep(1)
        check(app.find(None, "New Person", timeout=2) is None, "Enter saves and closes the editor")
        check(people_named(workspace, "Zazie Keyboard") == [("zazie.keyboard@example.com", 0)],
              "the person is in the workspace file, with the email typed")
        app.keys("<Control>f")
        app.type("zazie")
        check(row_shown(app, "Zazie Keyboard") is not None, "the new person is in the list")

        unnamed = app.unnamed_controls()
        check(not unnamed, f"every control of the People section has a name (unnamed: {unnamed})")
    finally:
        app.close()
finish()
