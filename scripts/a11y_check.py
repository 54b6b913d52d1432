"""Use Puente as a screen reader user would, through AT-SPI only.

Run by scripts/a11y-check.sh inside a D-Bus session with the AT-SPI bus and
a virtual display, Puente started with the frozen pack
tests/fixtures/pack-0.2.0 in the language LANG_CODE (en or es). Every
widget is found by its role and accessible name, every act is an AT-SPI
action (click) or an editable-text change; the names come from the
interface's translations (assets/i18n) and the pack, never from the
screen. Fails with a message saying what was looked for and not found.
"""

import json
import os
import re
import sys
import time

import pyatspi

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = os.environ.get("LANG_CODE", "en")
PACK = os.path.join(ROOT, "tests", "fixtures", "pack-0.2.0")
TIMEOUT = float(os.environ.get("A11Y_TIMEOUT", "20"))


def ftl(key):
    """A one-line message of the interface in LANG."""
    path = os.path.join(ROOT, "assets", "i18n", LANG, "main.ftl")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(key + " = "):
                return line[len(key) + 3 :].rstrip("\n")
    sys.exit(f"no message {key} in {path}")


def content(file, item_id, key):
    """The LANG text of `key` of the item `item_id` in a pack file."""
    path = os.path.join(PACK, file)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip() == f'id: "{item_id}",')
    for line in lines[start:]:
        m = re.match(r"\s*" + key + r": (\{.*\}),?$", line)
        if m:
            return json.loads(m.group(1))[LANG]
    sys.exit(f"no {key} for {item_id} in {path}")


def find_app():
    desk = pyatspi.Registry.getDesktop(0)
    deadline = time.time() + TIMEOUT * 3
    while time.time() < deadline:
        for i in range(desk.childCount):
            a = desk.getChildAtIndex(i)
            if a is not None and (a.name or "").lower() == "puente":
                return a
        time.sleep(0.25)
    sys.exit("Puente is not on the accessibility bus")


def nodes(n, depth=0):
    """Every node under `n`; a node that goes away while the tree is read
    (the next frame replaced it) is passed over."""
    if n is None or depth > 60:
        return
    yield n
    try:
        children = [n.getChildAtIndex(i) for i in range(n.childCount)]
    except Exception:
        return
    for c in children:
        yield from nodes(c, depth + 1)


def wait_for(app, role, name=None, contains=None, what=None):
    """The first node of `role` ("a|b": either) named `name` (or whose
    name contains `contains`), waiting for it to appear."""
    deadline = time.time() + TIMEOUT
    while True:
        for n in nodes(app):
            try:
                if n.getRoleName() not in role.split("|"):
                    continue
                nm = n.name or ""
            except Exception:
                continue
            if (name is not None and nm == name) or (contains is not None and contains in nm):
                return n
        if time.time() > deadline:
            seen = sorted({f"{n.getRoleName()}: {n.name!r}" for n in nodes(app)})
            sys.exit(
                f"[{LANG}] not found: {role} {what or name or contains!r}\n  seen:\n    "
                + "\n    ".join(seen[:80])
            )
        time.sleep(0.2)


def click(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == "click":
            action.doAction(i)
            return
    sys.exit(f"[{LANG}] {node.getRoleName()} {node.name!r} cannot be clicked")


def type_into(node, text):
    node.queryEditableText().setTextContents(text)


def is_checked(node):
    states = node.getState()
    return any(states.contains(s) for s in (pyatspi.STATE_CHECKED, pyatspi.STATE_PRESSED))


def step(msg):
    print(f"[{LANG}] {msg}", flush=True)


def main():
    app = find_app()
    frame = wait_for(app, "frame", name="Puente")
    step(f"window: {frame.getRoleName()} {frame.name!r}")

    # The profile form.
    type_into(wait_for(app, "entry", name=ftl("your-name")), "Ana Martínez")
    click(wait_for(app, "push button", name=ftl("create-profile")))
    step("profile created")

    # A module, and its lesson read as paragraphs.
    m1 = "modules/01-ip-basics.ron"
    title = json.loads(
        re.search(r"title: (\{.*\}),", open(os.path.join(PACK, m1), encoding="utf-8").read()).group(1)
    )[LANG]
    click(wait_for(app, "push button", name=title))
    wait_for(app, "label", name=content(m1, "rights-menu", "title"))
    lesson = wait_for(app, "paragraph", contains="", what="a lesson paragraph")
    step(f"lesson paragraph: {lesson.name[:70]!r}…")
    for n in nodes(app):
        if n.getRoleName() == "label" and n.name == "\n":
            sys.exit(f"[{LANG}] the lesson still has a line break as a label")
    next_step = ftl("next")
    click(wait_for(app, "push button", name=next_step))
    wait_for(app, "label", name=content(m1, "patentability", "title"))
    click(wait_for(app, "push button", name=next_step))

    # Single choice.
    right = content(m1, "no-natural", "text")
    click(wait_for(app, "radio button", name=right))
    click(wait_for(app, "push button", name=ftl("check-answer")))
    wait_for(app, "label", name=ftl("verdict-right"))
    feedback = content(m1, "no-natural", "feedback")
    found = wait_for(app, "label|paragraph", contains=feedback[:40], what="the single choice's feedback")
    step(f"single choice: {ftl('verdict-right')!r}, feedback {found.name[:60]!r}…")
    click(wait_for(app, "push button", name=next_step))

    # Multiple choice.
    for option in ("surgical-method", "plant-variety", "software"):
        click(wait_for(app, "check box", name=content(m1, option, "text")))
    click(wait_for(app, "push button", name=ftl("check-answer")))
    wait_for(app, "label", name=ftl("verdict-right"))
    step("multiple choice: right")
    click(wait_for(app, "push button", name=next_step))

    # True or false.
    click(wait_for(app, "radio button", name=ftl("false")))
    click(wait_for(app, "push button", name=ftl("check-answer")))
    wait_for(app, "label", name=ftl("verdict-right"))
    feedback = content(m1, "andean-second-use", "feedback_false")
    found = wait_for(app, "label|paragraph", contains=feedback[:40], what="the true/false feedback")
    step(f"true/false: feedback {found.name[:60]!r}…")

    # A self-assessment item.
    click(wait_for(app, "push button", name=ftl("home")))
    c = "checklists/ready-to-file.ron"
    ctitle = content(c, "ready-to-file", "title")
    field = wait_for(app, "entry", name=f"{ftl('what-are-you-assessing')} {ctitle}")
    type_into(field, "Péptido")
    click(wait_for(app, "push button", name=f"{ftl('start-assessment')}: {ctitle}"))
    item = content(c, "patent-search", "text")
    with open(os.path.join(PACK, c), encoding="utf-8") as f:
        yes = json.loads(re.search(r'\(value: 2, label: (\{.*?\})\)', f.read()).group(1))[LANG]
    rating = wait_for(app, "toggle button", name=f"2 · {yes}: {item}")
    click(rating)
    deadline = time.time() + TIMEOUT
    while not is_checked(rating):
        if time.time() > deadline:
            sys.exit(f"[{LANG}] the rating {rating.name!r} was not marked chosen")
        time.sleep(0.2)
    step(f"rated: {rating.name[:60]!r}… chosen")
    step("all done")


if __name__ == "__main__":
    main()
