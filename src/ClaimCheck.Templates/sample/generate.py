#!/usr/bin/env python3
"""Writes the template's sample model and inputs, byte for byte the same on every run (no third-party packages).

    python3 src/ClaimCheck.Templates/sample/generate.py           # (re)write them
    python3 src/ClaimCheck.Templates/sample/generate.py --check   # fail if the committed files differ

model.safetensors: the weights of the template's AuditModel (fc1: Linear(4, 8), act: ReLU, fc2: Linear(8, 2)),
saved as PyTorch's safetensors would save `AuditModel().state_dict()`. Unit 0 of `act` is planted to respond to
feature x0 above 0.5 (weight 6 on x0, bias -3), so the template's claim "unit 0 means x0-high" holds; the other
weights are pseudo-random. inputs.csv: 400 rows of four features in [0, 1) and one label column per concept.
"""
import json
import struct
import sys
from pathlib import Path

CONTENT = Path(__file__).resolve().parent.parent / "content" / "claimcheck"
ROWS = 400


class Lcg:
    """A 64-bit linear congruential generator (Knuth's MMIX constants): the same numbers on every platform."""

    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 11) / 2**53


def weights():
    rng = Lcg(20261206)
    fc1_weight = [[round(rng.uniform() * 2 - 1, 4) for _ in range(4)] for _ in range(8)]
    fc1_bias = [round(rng.uniform() - 0.5, 4) for _ in range(8)]
    fc1_weight[0] = [6.0, 0.0, 0.0, 0.0]  # the planted unit: act[0] = relu(6 * x0 - 3) > 0 exactly when x0 > 0.5
    fc1_bias[0] = -3.0
    fc2_weight = [[round(rng.uniform() * 2 - 1, 4) for _ in range(8)] for _ in range(2)]
    fc2_bias = [round(rng.uniform() - 0.5, 4) for _ in range(2)]
    return {
        "fc1.weight": ([8, 4], [v for row in fc1_weight for v in row]),
        "fc1.bias": ([8], fc1_bias),
        "fc2.weight": ([2, 8], [v for row in fc2_weight for v in row]),
        "fc2.bias": ([2], fc2_bias),
    }


def safetensors(tensors):
    """The safetensors layout: an 8-byte little-endian header size, a JSON header, then the raw little-endian data."""
    header, data = {}, b""
    for name in sorted(tensors):
        shape, values = tensors[name]
        raw = struct.pack("<%df" % len(values), *values)
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header, separators=(",", ":"), sort_keys=True).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned
    return struct.pack("<Q", len(text)) + text + data


def inputs():
    rng = Lcg(7)
    lines = ["x0,x1,x2,x3,label:x0-high,label:x1-high"]
    for _ in range(ROWS):
        x = [round(rng.uniform(), 3) for _ in range(4)]
        lines.append(",".join(["%.3f" % v for v in x] + [str(int(x[0] > 0.5)), str(int(x[1] > 0.5))]))
    return ("\n".join(lines) + "\n").encode("ascii")


def main():
    files = {CONTENT / "model.safetensors": safetensors(weights()), CONTENT / "inputs.csv": inputs()}
    if "--check" in sys.argv[1:]:
        stale = [str(path) for path, content in files.items() if not path.exists() or path.read_bytes() != content]
        if stale:
            sys.exit("out of date (run generate.py): " + ", ".join(stale))
        print("sample files are up to date")
        return
    for path, content in files.items():
        path.write_bytes(content)
        print("wrote %s (%d bytes)" % (path, len(content)))


if __name__ == "__main__":
    main()
