# The Overview as a screen-reader and keyboard user meets it: Alt+1, the
# indicator tiles read with their values, every chart with a text alternative
# and a table of its numbers, the period chosen from the keyboard, a line of
# the blocking zones leading to the section where one acts, every control named.
import sys, tempfile, time
import pyatspi
from dogtail.predicate import GenericPredicate
from passerelle_e2e import App, INTERACTIVE, check, demo_workspace, finish

TILES = ["Representation", "Attendance", "Training completion", "Overdue enrollments", "Skill level",
         "Divide index", "People at risk", "Readiness barrier", "Blocking zones", "Loop closure",
         "Median days to resolve", "Referent coverage", "Change load", "Stories published"]
CHARTS = ["Training Completion by Department", "Readiness Barrier Points", "Average Skill Level by Month",
          "Skill Level by Department and Skill"]

binary = sys.argv[1]


def wait_for(condition, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def find_in(node, role=None, name=None):
    """Searches one subtree only: the whole application is slow to walk."""
    found = node.findChildren(GenericPredicate(name=name, roleName=role))
    return found[0] if found else None


def texts_in(node):
    texts = []
    def walk(n):
        texts.append(n.name or "")
        for kid in n.children:
            walk(kid)
    walk(node)
    return texts


def unnamed_in(node):
    unnamed = []
    def walk(n):
        try:
            role, name, kids = n.roleName, n.name, n.children
        except Exception:
            return
        if role in INTERACTIVE and not (name or "").strip():
            unnamed.append(role)
        for kid in kids:
            walk(kid)
    walk(node)
    return unnamed


def tab_to(app, node, limit=60):
    """Presses Tab until @node has the focus."""
    for _ in range(limit):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return True
        app.keys("Tab")
    return False


def tiles(page):
    box = find_in(page, "table", "Indicators")
    cells = box.children if box is not None else []
    return {(n.name or "").split(":")[0]: n for n in cells if n.roleName == "table cell"}


with tempfile.TemporaryDirectory() as tmp:
    app = App(binary, demo_workspace(binary, tmp))
    try:
        app.keys("<Alt>1")
        page = app.find(None, "PasOverviewPage")
        check(page is not None and wait_for(lambda: len(tiles(page)) == len(TILES)),
              "Alt+1 shows the Overview with its tiles")
        shown = tiles(page)
        for name in TILES:
            tile = shown.get(name)
            text = tile.name if tile is not None else ""
            value = text[len(name) + 2:].split(". ")[0] if text.startswith(name + ": ") else ""
            check(value != "", f"the tile “{name}” is read with its value ({text!r})")
            check(value != "" and value in texts_in(tile), f"the value of “{name}” ({value}) is shown on it")
            check(tile is not None and len(tile.description) > 20,
                  f"the tile “{name}” has its definition as description")

        for title in CHARTS:
            chart = find_in(page, "image", title)
            description = chart.description if chart is not None else ""
            check(chart is not None, f"the chart “{title}” is in the accessibility tree")
            check(len(description) > 40, f"“{title}” has a description that says its data "
                                         f"({description[:50]!r}…)")
        completion = find_in(page, "image", CHARTS[0])
        check(completion is not None and "%" in completion.description,
              "the completion chart's description gives the percentages")
        toggles = page.findChildren(GenericPredicate(name="Show as Table", roleName="push button"))
        check(len(toggles) == len(CHARTS), "each chart has a “Show as Table” toggle")

        # The period: Alt+P opens the selector; the first choice is this month.
        app.keys("<Alt>p", "Home", "Return")
        check(wait_for(lambda: any("compared with" in t for t in texts_in(page))),
              "choosing “This Month” from the keyboard shows the period compared with the one before")
        check(wait_for(lambda: any("vs previous period" in (n.name or "") for n in tiles(page).values())),
              "the tiles then read their trend in words")

        # The table of the first chart, from the keyboard.
        reached = bool(toggles) and tab_to(app, toggles[0])
        check(reached, "Tab reaches the first “Show as Table”")
        if reached:
            app.keys("space")
            check(wait_for(lambda: "Enrollments" in texts_in(page)),
                  "Space shows the completion table, with its column headers")
            check("Customer service" in texts_in(page), "the table lists the departments")

        unnamed = unnamed_in(page)
        check(not unnamed, f"every control of the Overview has an accessible name (unnamed: {unnamed})")

        # A line of the blocking zones leads to the section where one acts.
        button = find_in(page, "push button", "Open in Training")
        reached = button is not None and tab_to(app, button)
        check(reached, "Tab reaches the “Open in Training” link of the first blocking zone")
        if reached:
            app.keys("Return")
            sections = app.find("list", "Sections")
            training = find_in(sections, "list item", "Training") if sections is not None else None
            check(training is not None and wait_for(lambda: app.is_selected(training)),
                  "Enter on it opens the Training section")
    finally:
        app.close()
finish()
