# The Overview as a screen-reader and keyboard user meets it: Alt+1, the
# indicator tiles read with their values, every chart with a text alternative
# and a table of its numbers, the period chosen from the keyboard, a line of
# the blocking zones leading to the section where one acts, every control named.
import sys, tempfile, time
import pyatspi
from passerelle_e2e import App, check, demo_workspace, finish

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


def tab_to(app, node, limit=60):
    """Presses Tab until @node has the focus."""
    for _ in range(limit):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return True
        app.keys("Tab")
    return False


def tiles(app):
    box = app.find("table", "Indicators", 1)
    cells = box.children if box is not None else []
    return {(n.name or "").split(":")[0]: n.name for n in cells if n.roleName == "table cell"}


with tempfile.TemporaryDirectory() as tmp:
    app = App(binary, demo_workspace(binary, tmp))
    try:
        app.keys("<Alt>1")
        check(wait_for(lambda: len(tiles(app)) == len(TILES)), "Alt+1 shows the Overview with its tiles")
        shown = tiles(app)
        for name in TILES:
            text = shown.get(name, "")
            value = text[len(name) + 2:].split(". ")[0] if text.startswith(name + ": ") else ""
            check(value != "", f"the tile “{name}” is read with its value ({text!r})")
            check(value != "" and app.find("label", value, 2) is not None,
                  f"the value of “{name}” ({value}) is a label on screen too")

        for title in CHARTS:
            chart = app.find("image", title)
            check(chart is not None, f"the chart “{title}” is in the accessibility tree")
            description = chart.description if chart is not None else ""
            check(len(description) > 40, f"“{title}” has a description that says its data "
                                         f"({description[:60]!r}…)")
        completion = app.find("image", CHARTS[0])
        check(completion is not None and "%" in completion.description,
              "the completion chart's description gives the percentages")
        check(len(app.find_all("push button", "Show as Table")) == len(CHARTS),
              "each chart has a “Show as Table” toggle")

        # The period: Alt+P opens the selector; the first choice is this month.
        app.keys("<Alt>p", "Home", "Return")
        check(wait_for(lambda: any("compared with" in (n.name or "") for n in app.find_all("label"))),
              "choosing “This Month” from the keyboard shows the period compared with the one before")
        check(wait_for(lambda: any("vs previous period" in (n or "") for n in tiles(app).values())),
              "the tiles then read their trend in words")

        # The table toggle, from the keyboard.
        toggle = app.find("push button", "Show as Table")
        reached = toggle is not None and tab_to(app, toggle)
        check(reached, "Tab reaches the first “Show as Table”")
        if reached:
            app.keys("space")
            check(wait_for(lambda: app.find("label", "Enrollments", 1) is not None),
                  "Space shows the completion table, with its column headers")
            check(app.find("label", "Customer service", 1) is not None,
                  "the table lists the departments")

        unnamed = app.unnamed_controls()
        check(not unnamed, f"every control has an accessible name (unnamed: {unnamed})")

        # A line of the blocking zones leads to the section where one acts.
        button = app.find("push button", "Open in Training")
        reached = button is not None and tab_to(app, button)
        check(reached, "Tab reaches the “Open in Training” link of the first blocking zone")
        if reached:
            app.keys("Return")
            check(wait_for(lambda: app.is_selected(app.find("list item", "Training"))),
                  "Enter on it opens the Training section")
    finally:
        app.close()
finish()
