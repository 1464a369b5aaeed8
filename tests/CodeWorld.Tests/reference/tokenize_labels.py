"""Labels every character of Python files with what Python's own tokenize module makes of it.

Reads file paths on standard input (one a line) and writes one JSON object a line: the path, then per character
(UTF-16 code unit, as .NET counts them) its class ("S" string, "C" comment, "K" keyword, "N" other name, "D" number,
"." anything else), its bracket depth as the character chr(48 + depth) (the brackets themselves inside their pair) and, for the first token of every
logical line, its offset and indentation level (INDENT minus DEDENT tokens so far).
The code world's lexer (examples/CodeWorld/Lexing) must agree with it on every character of the corpus.
"""
import io
import json
import keyword
import sys
import tokenize

SKIPPED = {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.COMMENT, tokenize.ENDMARKER}


def label(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    line_starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            line_starts.append(i + 1)
    classes = ["."] * len(text)
    opens, closes, indents = set(), set(), []
    level, line_open = 0, True
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        (r0, c0), (r1, c1) = tok.start, tok.end
        if r0 > len(line_starts):
            continue
        start = line_starts[r0 - 1] + c0
        end = line_starts[r1 - 1] + c1 if r1 <= len(line_starts) else len(text)
        if tok.type == tokenize.INDENT:
            level += 1
        elif tok.type == tokenize.DEDENT:
            level -= 1
        elif tok.type == tokenize.NEWLINE:
            line_open = True
        elif tok.type not in SKIPPED and line_open:
            indents.append((start, level))
            line_open = False
        kind = {tokenize.STRING: "S", tokenize.COMMENT: "C", tokenize.NUMBER: "D"}.get(tok.type)
        if tok.type == tokenize.NAME:
            kind = "K" if keyword.iskeyword(tok.string) else "N"
        if kind:
            for i in range(start, end):
                classes[i] = kind
        if tok.type == tokenize.OP and tok.string in "([{":
            opens.add(start)
        if tok.type == tokenize.OP and tok.string in ")]}":
            closes.add(start)
    depths, depth = [], 0
    for i in range(len(text)):
        if i in opens:
            depth += 1
            depths.append(depth)
        elif i in closes:
            depths.append(depth)
            depth = max(0, depth - 1)
        else:
            depths.append(depth)
    # Offsets in UTF-16 code units: a character outside the BMP is two of them in .NET.
    widths = [2 if ord(c) > 0xFFFF else 1 for c in text]
    utf16 = [0]
    for w in widths:
        utf16.append(utf16[-1] + w)
    out_classes = "".join(k * w for k, w in zip(classes, widths))
    out_depths = "".join(chr(48 + d) * w for d, w in zip(depths, widths))
    return {"path": path, "classes": out_classes, "depths": out_depths,
            "indents": [[utf16[o], lv] for o, lv in indents]}


for line in sys.stdin:
    path = line.strip()
    if path:
        print(json.dumps(label(path)))
