#!/usr/bin/env python3
"""Drives `sip new`'s prompts in a real pseudo-terminal, as a coordinator would.

    python3 tests/terminal/new_prompts.py path/to/sip

Answers the three prompts (the person, the lead principal with the arrow key,
the organisation), then checks the plan file that was written. Uses only the
standard library (pty), so CI needs nothing extra.
"""
import fcntl
import os
import pty
import re
import select
import struct
import sys
import tempfile
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def read_until(fd, pattern, timeout=10.0):
    """Read from the terminal until `pattern` shows on it (escape codes removed)."""
    seen = ""
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096).decode("utf-8", "replace")
            except OSError:
                break
            seen += chunk
            if re.search(pattern, ANSI.sub("", seen)):
                return seen
    raise AssertionError(f"timed out waiting for {pattern!r}; the screen showed:\n{ANSI.sub('', seen)}")


PROMPTS = {
    "en": ("person's name", "overall responsibility", "organisation with the overall responsibility", "Next steps"),
    "sv": ("Personens namn", "övergripande ansvaret för planen", "Verksamheten som har", "Nästa steg"),
}


def run(sip, lang):
    person, lead, organisation, done = PROMPTS[lang]
    repo = tempfile.mkdtemp(prefix="sip-pty-")
    os.mkdir(os.path.join(repo, ".git"))
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(repo)
        os.environ["TERM"] = "xterm"
        os.execv(sip, [sip, "--lang", lang, "new", "--as-of", "2026-11-27"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    read_until(fd, person)
    os.write(fd, "Ada Påhittad\r".encode())
    read_until(fd, lead)
    os.write(fd, b"\x1b[B")  # arrow down: from municipality to region
    time.sleep(0.3)
    os.write(fd, b"\r")
    read_until(fd, organisation)
    os.write(fd, "Vårdcentralen Ekbacken\r".encode())
    out = read_until(fd, done)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code == 0, f"sip new exited {code}:\n{ANSI.sub('', out)}"
    plan = open(os.path.join(repo, "plans", "2026-0001.sip.yaml"), encoding="utf-8").read()
    for expected in ['name: "Ada Påhittad"', "principal: region\n", 'organisation: "Vårdcentralen Ekbacken"']:
        assert expected in plan, f"{expected!r} not in the plan:\n{plan}"
    assert "välj region eller municipality" not in plan, "the lead was answered; no placeholder"
    print(f"terminal test ok ({lang}): sip new asked for the person, the lead and the organisation")


def main():
    sip = os.path.abspath(sys.argv[1])
    for lang in ("sv", "en"):
        run(sip, lang)


if __name__ == "__main__":
    main()
