# The application shell, as a screen-reader user meets it: the window on a demo
# workspace, its sections reached from the keyboard, the project selector, and
# every control with a name.
import sys, tempfile, time
from passerelle_e2e import App, check, demo_workspace, finish

SECTIONS = ["Overview", "Workshops", "Pilots & Feedback", "Training", "People", "Culture"]



def sidebar_item(app, section):
    """The sidebar's row for @section (pages may have rows with the same name)."""
    for item in app.find_all("list item", section):
        siblings = {child.name for child in item.parent.children}
        if set(SECTIONS) <= siblings:
            return item
    return None


binary = sys.argv[1]
with tempfile.TemporaryDirectory() as tmp:
    app = App(binary, demo_workspace(binary, tmp))
    try:
        window = app.find("frame")
        check(window is not None and window.name.startswith("e2e.passerelle"),
              "the window is titled after the workspace file")
        for section in SECTIONS:
            check(sidebar_item(app, section) is not None, f"the sidebar lists {section}")
        check(app.find("push button", "Project: CRM roll-out") is not None,
              "the project selector names the demo project")
        for number, section in [(5, "People"), (4, "Training"), (1, "Overview")]:
            app.keys(f"<Alt>{number}")
            time.sleep(0.5)
            check(app.is_selected(sidebar_item(app, section)),
                  f"Alt+{number} selects {section} in the sidebar")
        unnamed = app.unnamed_controls()
        check(not unnamed, f"every control has an accessible name (unnamed: {unnamed})")
    finally:
        app.close()
finish()
