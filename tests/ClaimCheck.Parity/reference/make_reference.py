#!/usr/bin/env python3
"""The PyTorch side of ClaimCheck's parity test: an independent reference, never part of the product.

Builds a small model with seeded weights (a 1-d convolution, a layer norm, linear layers, a batch norm in eval mode),
runs it on seeded inputs and writes, into the folder given as the only argument:

  weights.safetensors    the model's state_dict, by its PyTorch names (what a user exports)
  reference.safetensors  inputs, outputs, two layers' activations (forward hooks) and the output change when one
                         unit (or channel) is set to zero or to its mean by a forward hook
  inputs.npy, *.npy      the same inputs and a few arrays of other dtypes, written by numpy (np.save)
  labels.csv             label and feature columns for the same inputs, written by Python's csv module

The C# side (tests/ClaimCheck.Parity) loads the weights into the same architecture written in TorchSharp and must
match. Needs Debian's python3-torch and python3-numpy; the safetensors package is not needed: the format is written
here by hand (8-byte little-endian header length, a JSON header, the raw little-endian bytes), or by the package's
save_file where it is installed.
"""

import collections
import csv
import json
import os
import struct
import sys

import numpy as np
import torch
from torch import nn

SEED = 17
EXAMPLES = 64
CHANNELS_IN, LENGTH = 2, 8
# The subjects whose zero and mean ablations the C# side reproduces: one unit of a vector layer, one channel of a conv layer.
ABLATED_UNIT = ("act", 5)
ABLATED_CHANNEL = ("conv_act", 1)


def build_model():
    torch.manual_seed(SEED)
    model = nn.Sequential(collections.OrderedDict([
        ("conv", nn.Conv1d(CHANNELS_IN, 4, kernel_size=3, padding=1)),
        ("conv_act", nn.Tanh()),
        ("flatten", nn.Flatten()),
        ("norm", nn.LayerNorm(4 * LENGTH)),
        ("hidden", nn.Linear(4 * LENGTH, 16)),
        ("bn", nn.BatchNorm1d(16)),
        ("act", nn.ReLU()),
        ("out", nn.Linear(16, 3)),
    ]))
    # Fresh layer and batch norms are identities (weight 1, bias 0, mean 0, variance 1): a loader that skipped them
    # would still match. Seeded values make every tensor count.
    with torch.no_grad():
        model.norm.weight.uniform_(0.5, 1.5)
        model.norm.bias.normal_(0.0, 0.1)
        model.bn.weight.uniform_(0.5, 1.5)
        model.bn.bias.normal_(0.0, 0.1)
        model.bn.running_mean.normal_(0.0, 0.2)
        model.bn.running_var.uniform_(0.5, 2.0)
        model.bn.num_batches_tracked.fill_(7)
    return model.eval()


# torch dtype -> (safetensors dtype name, numpy type with explicit little-endian byte order)
DTYPES = {torch.float32: ("F32", "<f4"), torch.float64: ("F64", "<f8"), torch.int64: ("I64", "<i8")}


def save_safetensors(tensors, path):
    """safetensors by hand: the header's length (8 bytes, little-endian), a JSON header, then each tensor's bytes."""
    header, chunks, offset = {}, [], 0
    for name, tensor in tensors.items():
        dtype, layout = DTYPES[tensor.dtype]
        data = tensor.detach().cpu().contiguous().numpy().astype(layout).tobytes()
        header[name] = {"dtype": dtype, "shape": list(tensor.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    encoded = json.dumps(header).encode("utf-8")
    encoded += b" " * (-len(encoded) % 8)  # the data starts 8-byte aligned, as the safetensors package writes it
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(encoded)) + encoded + b"".join(chunks))


try:
    from safetensors.torch import save_file  # the safetensors package, where it is installed
except ImportError:
    save_file = save_safetensors  # the same format, written by hand above


def capture(model, layer):
    """A forward hook on `layer` that keeps a copy of its output."""
    kept = {}
    handle = getattr(model, layer).register_forward_hook(lambda _m, _i, out: kept.__setitem__("out", out.detach().clone()))
    return kept, handle


def ablation_effect(model, inputs, clean, layer, unit, value):
    """The output change when unit (or channel) `unit` of `layer` is set to `value` by a forward hook."""
    def replace(_module, _inputs, output):
        output = output.clone()
        output[:, unit] = value
        return output

    handle = getattr(model, layer).register_forward_hook(replace)
    try:
        with torch.no_grad():
            return model(inputs) - clean
    finally:
        handle.remove()


def ablation_effects(model, inputs, clean, activations, layer, unit):
    """Zero and mean ablation of one unit: the mean is the layer's over the inputs, per position, summed in float64."""
    mean = activations.double().mean(dim=0).float()
    return {
        f"ablation.zero.{layer}.{unit}": ablation_effect(model, inputs, clean, layer, unit, 0.0),
        f"ablation.mean.{layer}.{unit}": ablation_effect(model, inputs, clean, layer, unit, mean[unit]),
    }


def write_more_npy_and_csv(inputs, outputs):
    """Arrays of every dtype the C# reader reads, files it must refuse, and a CSV of labels for the inputs."""
    np.save("float64.npy", np.linspace(-1.5, 2.5, 12, dtype=np.float64).reshape(3, 4))
    np.save("int64.npy", np.array([[-3, 0, 7], [2**40, -(2**40), 1]], dtype=np.int64))
    np.save("bool.npy", np.array([True, False, False, True, True]))
    np.save("uint8.npy", np.arange(0, 256, 15, dtype=np.uint8).reshape(2, 9))
    np.save("scalar.npy", np.float32(0.25))
    np.save("empty.npy", np.zeros((0, 3), dtype=np.float32))
    # What the reader must refuse, as numpy writes it.
    np.save("fortran.npy", np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3)))
    np.save("big-endian.npy", np.arange(4, dtype=">f4"))
    np.save("object.npy", np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
    np.save("float16.npy", np.arange(4, dtype=np.float16))

    # Labels for the same examples: which class the model picks, whether the first input is positive, and a score.
    predicted = outputs.argmax(dim=1).tolist()
    first = inputs[:, 0, 0].tolist()
    with open("labels.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "class0", "first_positive", "score"])
        for i in range(len(predicted)):
            writer.writerow([i, int(predicted[i] == 0), "true" if first[i] > 0 else "false", repr(first[i])])


def main(folder):
    os.makedirs(folder, exist_ok=True)
    os.chdir(folder)
    model = build_model()
    save_file(model.state_dict(), "weights.safetensors")
    generator = torch.Generator().manual_seed(SEED + 1)
    inputs = torch.randn(EXAMPLES, CHANNELS_IN, LENGTH, generator=generator)
    np.save("inputs.npy", inputs.numpy())

    hidden, hidden_hook = capture(model, "act")
    conv, conv_hook = capture(model, "conv_act")
    with torch.no_grad():
        outputs = model(inputs)
    hidden_hook.remove()
    conv_hook.remove()

    unit_layer, unit = ABLATED_UNIT
    channel_layer, channel = ABLATED_CHANNEL
    save_file({
        "inputs": inputs,
        "outputs": outputs,
        "activations.act": hidden["out"],
        "activations.conv_act": conv["out"],
        **ablation_effects(model, inputs, outputs, hidden["out"], unit_layer, unit),
        **ablation_effects(model, inputs, outputs, conv["out"], channel_layer, channel),
    }, "reference.safetensors")
    write_more_npy_and_csv(inputs, outputs)
    writer = "the safetensors package" if save_file is not save_safetensors else "save_safetensors"
    print(f"torch {torch.__version__}, numpy {np.__version__}, safetensors written by {writer}: wrote {folder}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_reference.py OUTPUT_FOLDER")
    main(sys.argv[1])
