"""A BERT encoder in plain PyTorch (Debian ships torch but not transformers), its weights read from BGE-small-zh
v1.5's ONNX graph, with the three classification heads of the analysis chain."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from heads import HEADS


class Layer(nn.Module):
    def __init__(self, width, heads, ffn):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(width, width)
        self.key = nn.Linear(width, width)
        self.value = nn.Linear(width, width)
        self.attention_output = nn.Linear(width, width)
        self.attention_norm = nn.LayerNorm(width, eps=1e-12)
        self.intermediate = nn.Linear(width, ffn)
        self.output = nn.Linear(ffn, width)
        self.output_norm = nn.LayerNorm(width, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, w = x.shape
        h = self.heads

        def split(t):
            return t.view(b, n, h, w // h).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(w // h) + bias
        attended = torch.matmul(self.dropout(scores.softmax(-1)), v).transpose(1, 2).reshape(b, n, w)
        x = self.attention_norm(x + self.dropout(self.attention_output(attended)))
        return self.output_norm(x + self.dropout(self.output(F.gelu(self.intermediate(x)))))


class Encoder(nn.Module):
    def __init__(self, vocab=21128, width=512, layers=4, heads=8, ffn=2048, positions=512):
        super().__init__()
        self.word = nn.Embedding(vocab, width)
        self.position = nn.Embedding(positions, width)
        self.token_type = nn.Embedding(2, width)
        self.norm = nn.LayerNorm(width, eps=1e-12)
        self.dropout = nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer(width, heads, ffn) for _ in range(layers))

    def forward(self, ids, mask):
        x, bias = self.lower(ids, mask, 0)
        return self.upper(x, bias, 0)

    def lower(self, ids, mask, layers):
        """The embeddings and the first `layers` layers, and the attention bias the rest need."""
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word(ids) + self.position(positions) + self.token_type(torch.zeros_like(ids))
        x = self.dropout(self.norm(x))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers[:layers]:
            x = layer(x, bias)
        return x, bias

    def upper(self, x, bias, start):
        for layer in self.layers[start:]:
            x = layer(x, bias)
        return x


class MultiTask(nn.Module):
    """One encoder; the sentence vector is [CLS], as BGE defines it; the heads read [CLS] and the mean of the tokens."""

    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder
        width = encoder.norm.normalized_shape[0]
        self.dropout = nn.Dropout(0.1)
        self.heads = nn.ModuleDict({name: nn.Linear(2 * width, len(labels)) for name, labels in HEADS.items()})

    def forward(self, ids, mask, hidden=None):
        """`hidden`, if given, is the encoder's output, computed by the caller."""
        hidden = self.encoder(ids, mask) if hidden is None else hidden
        cls = hidden[:, 0]
        m = mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * m).sum(1) / m.sum(1).clamp(min=1)
        features = self.dropout(torch.cat([cls, mean], -1))
        return cls, {name: head(features) for name, head in self.heads.items()}


def load_bge(path):
    """The encoder with BGE's weights. The graph's weight matrices are unnamed: each is found through the Add
    that follows its MatMul, whose other input is the bias named as in BERT."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(path)
    init = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    consumers = {}
    for node in model.graph.node:
        for i in node.input:
            consumers.setdefault(i, []).append(node)
    weight_of = {}
    for node in model.graph.node:
        if node.op_type == "MatMul" and node.input[1] in init:
            for add in consumers.get(node.output[0], []):
                if add.op_type == "Add":
                    bias = [i for i in add.input if i in init]
                    if bias:
                        weight_of[bias[0]] = init[node.input[1]]
    enc = Encoder(vocab=init["embeddings.word_embeddings.weight"].shape[0])
    state = {
        "word.weight": init["embeddings.word_embeddings.weight"],
        "position.weight": init["embeddings.position_embeddings.weight"],
        "token_type.weight": init["embeddings.token_type_embeddings.weight"],
        "norm.weight": init["embeddings.LayerNorm.weight"],
        "norm.bias": init["embeddings.LayerNorm.bias"],
    }
    names = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "attention_output": "attention.output.dense", "intermediate": "intermediate.dense",
             "output": "output.dense"}
    for i in range(len(enc.layers)):
        p = f"encoder.layer.{i}."
        for ours, theirs in names.items():
            state[f"layers.{i}.{ours}.weight"] = weight_of[p + theirs + ".bias"].T
            state[f"layers.{i}.{ours}.bias"] = init[p + theirs + ".bias"]
        for ours, theirs in {"attention_norm": "attention.output.LayerNorm", "output_norm": "output.LayerNorm"}.items():
            state[f"layers.{i}.{ours}.weight"] = init[p + theirs + ".weight"]
            state[f"layers.{i}.{ours}.bias"] = init[p + theirs + ".bias"]
    enc.load_state_dict({k: torch.tensor(v.copy()) for k, v in state.items()})
    return enc
