"""A tiny JSON reader that remembers the 1-based line of every object key (for provenance)."""
import json


class Obj(dict):
    """A dict whose key lines are in .lines[key]; .line is the line of the opening brace."""

    def __init__(self):
        super().__init__()
        self.lines = {}
        self.line = 0


def load(text):
    pos = 0
    line = 1
    n = len(text)

    def ws():
        nonlocal pos, line
        while pos < n and text[pos] in ' \t\r\n':
            if text[pos] == '\n':
                line += 1
            pos += 1

    def string():
        nonlocal pos
        start = pos
        pos += 1
        while True:
            c = text[pos]
            if c == '\\':
                pos += 2
                continue
            if c == '"':
                pos += 1
                break
            pos += 1
        return json.loads(text[start:pos])

    def value():
        nonlocal pos
        ws()
        c = text[pos]
        if c == '{':
            o = Obj()
            o.line = line
            pos += 1
            ws()
            if text[pos] == '}':
                pos += 1
                return o
            while True:
                ws()
                key_line = line
                k = string()
                ws()
                assert text[pos] == ':'
                pos += 1
                o[k] = value()
                o.lines[k] = key_line
                ws()
                if text[pos] == ',':
                    pos += 1
                    continue
                assert text[pos] == '}'
                pos += 1
                return o
        if c == '[':
            a = []
            pos += 1
            ws()
            if text[pos] == ']':
                pos += 1
                return a
            while True:
                a.append(value())
                ws()
                if text[pos] == ',':
                    pos += 1
                    continue
                assert text[pos] == ']'
                pos += 1
                return a
        if c == '"':
            return string()
        start = pos
        while pos < n and text[pos] not in ',}] \t\r\n':
            pos += 1
        return json.loads(text[start:pos])

    return value()
