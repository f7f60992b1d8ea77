# Shared helpers of the end-to-end scenarios: start Passerelle on a workspace,
# find nodes of its accessibility tree, list controls that have no name.
import os, re, subprocess, sys, tempfile, time

from dogtail.config import config
config.searchShowingOnly = False
config.logDebugToFile = False
config.defaultDelay = 0.2
config.searchCutoffCount = 20
from dogtail import rawinput, tree
import pyatspi
from dogtail.predicate import GenericPredicate

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "text", "entry",
               "password text", "combo box", "spin button", "slider", "menu item", "link",
               "toggle", "switch", "list item", "table cell", "page tab", "tree item"}

failures = []


def check(condition, message):
    print(("ok: " if condition else "FAILED: ") + message, flush=True)
    if not condition:
        failures.append(message)


class App:
    def __init__(self, binary, workspace, *extra, env=None):
        self.env = dict(os.environ, **(env or {}))
        self.process = subprocess.Popen([binary, "--workspace", workspace, *extra], env=self.env)
        self.node = None
        deadline = time.time() + 30
        while time.time() < deadline and self.node is None:
            for app in tree.root.applications():
                try:
                    if app.get_process_id() == self.process.pid:
                        self.node = app
                except Exception:
                    pass
            time.sleep(0.3)
        if self.node is None:
            raise RuntimeError("Passerelle did not appear in the accessibility tree")

    def find(self, role=None, name=None, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = self.node.findChildren(GenericPredicate(name=name, roleName=role))
            if found:
                return found[0]
            time.sleep(0.2)
        return None

    def find_all(self, role=None, name=None):
        return self.node.findChildren(GenericPredicate(name=name, roleName=role))

    def keys(self, *combos):
        """Types key combinations, e.g. keys("<Alt>5", "Return"), into the focused window."""
        for combo in combos:
            rawinput.keyCombo(combo)
            time.sleep(0.3)

    def type(self, text):
        rawinput.typeText(text)
        time.sleep(0.3)

    def label_exists(self, text, timeout=5):
        return self.find("label", text, timeout) is not None

    def is_selected(self, node, timeout=5):
        """Whether @node is (or becomes, within @timeout seconds) selected."""
        deadline = time.time() + timeout
        while True:
            if node.getState().contains(pyatspi.STATE_SELECTED):
                return True
            if time.time() > deadline:
                return False
            time.sleep(0.2)

    def unnamed_controls(self):
        unnamed = []
        def walk(node):
            try:
                role, name, kids = node.roleName, node.name, node.children
            except Exception:
                return
            # GTK 4.8 falls back on the type's name ("GtkToggleButton"): no name for a person.
            if role in INTERACTIVE and (not (name or "").strip() or re.fullmatch(r"(Gtk|Adw)[A-Z]\w*", name)):
                unnamed.append(f"{role} {name!r}" if name else role)
            for kid in kids:
                walk(kid)
        walk(self.node)
        return unnamed

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def demo_workspace(binary, directory, size="small"):
    path = os.path.join(directory, "e2e.passerelle")
    subprocess.run([binary, "--demo", size, "--workspace", path], check=True,
                   stdout=subprocess.DEVNULL)
    return path


def finish():
    print(f"{len(failures)} failed" if failures else "all checks passed", flush=True)
    sys.exit(1 if failures else 0)
