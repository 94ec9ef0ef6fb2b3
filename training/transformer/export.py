"""Exports the fine-tuned model to ONNX for the Java encoder: inputs input_ids and attention_mask with dynamic
batch and sequence axes; outputs sentence_vector (L2-normalised [CLS]) and <head>_logits, the heads' labels in the
model's metadata. Then quantises to 8 bits so that the shipped file stays under 40 MB:

- the embedding tables: int8 with a scale per row, behind a DequantizeLinear that ONNX Runtime folds at load;
- every MatMul with a weight: dynamic quantisation (MatMulInteger on uint8 activations quantised per batch,
  8-bit weights with a scale per output column, stored as uint8 around a zero point of 128), which runs several times faster than float on CPUs with VNNI.
"""
import argparse
import os

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import helper, numpy_helper, TensorProto

import bert


class Serving(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        cls, logits = self.model(input_ids, attention_mask)
        return (F.normalize(cls, dim=-1),) + tuple(logits[h] for h in bert.HEADS)


def export_float(model, path):
    model.eval()
    ids = torch.tensor([[101, 2769, 4263, 102], [101, 1962, 102, 0]])
    mask = (ids != 0).long()
    outputs = ["sentence_vector"] + [h + "_logits" for h in bert.HEADS]
    axes = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"}}
    axes.update({o: {0: "batch"} for o in outputs})
    torch.onnx.export(Serving(model), (ids, mask), path, input_names=["input_ids", "attention_mask"],
                      output_names=outputs, dynamic_axes=axes, opset_version=14, do_constant_folding=True)
    graph = onnx.load(path)
    for head, labels in bert.HEADS.items():
        graph.metadata_props.append(onnx.StringStringEntryProto(key="labels." + head, value=",".join(labels)))
    onnx.save(graph, path)


def quantise(src, dst):
    model = onnx.load(src)
    g = model.graph
    init = {t.name: t for t in g.initializer}
    nodes = []
    new_inits = []
    for node in g.node:
        weight = node.input[1] if node.op_type == "MatMul" and len(node.input) > 1 else None
        if weight in init and numpy_helper.to_array(init[weight]).ndim == 2:
            w = numpy_helper.to_array(init[weight]).astype(np.float32)
            scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0
            q = np.clip(np.round(w / scale), -127, 127).astype(np.int16)
            base = weight.replace(":", "_").replace(".", "_")
            # uint8 weights around a zero point of 128 hold the same values as int8 ones, but ONNX Runtime multiplies
            # uint8 by int8 on CPUs without VNNI with an instruction that saturates at 16 bits: there the int8 form
            # gave vectors at cosine 0.77 to the float model's. uint8 by uint8 is exact on every CPU.
            new_inits += [numpy_helper.from_array((q + 128).astype(np.uint8), base + "_q"),
                          numpy_helper.from_array(scale.astype(np.float32), base + "_scale"),
                          numpy_helper.from_array(np.full(w.shape[1], 128, np.uint8), base + "_zero")]
            x = node.input[0]
            out = node.output[0]
            nodes += [
                helper.make_node("DynamicQuantizeLinear", [x], [out + "_xq", out + "_xs", out + "_xz"]),
                helper.make_node("MatMulInteger", [out + "_xq", base + "_q", out + "_xz", base + "_zero"], [out + "_i32"]),
                helper.make_node("Cast", [out + "_i32"], [out + "_f"], to=TensorProto.FLOAT),
                helper.make_node("Mul", [out + "_xs", base + "_scale"], [out + "_s"]),
                helper.make_node("Mul", [out + "_f", out + "_s"], [out]),
            ]
            del init[weight]
        elif node.op_type == "Gather" and node.input[0] in init and numpy_helper.to_array(init[node.input[0]]).size >= 65536:
            table = node.input[0]
            w = numpy_helper.to_array(init[table]).astype(np.float32)
            scale = np.maximum(np.abs(w).max(axis=1), 1e-8) / 127.0
            q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
            base = table.replace(":", "_").replace(".", "_")
            new_inits += [numpy_helper.from_array(q, base + "_q"),
                          numpy_helper.from_array(scale.astype(np.float32), base + "_scale"),
                          numpy_helper.from_array(np.zeros(w.shape[0], np.int8), base + "_zero")]
            nodes.append(helper.make_node("DequantizeLinear", [base + "_q", base + "_scale", base + "_zero"],
                                          [base + "_dq"], axis=0))
            nodes.append(helper.make_node("Gather", [base + "_dq", node.input[1]], list(node.output),
                                          **{a.name: helper.get_attribute_value(a) for a in node.attribute}))
            del init[table]
        else:
            nodes.append(node)
    del g.node[:]
    g.node.extend(nodes)
    kept = [t for t in g.initializer if t.name in init]
    del g.initializer[:]
    g.initializer.extend(kept + new_inits)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--weights", required=True, help="final.pt from train.py")
    p.add_argument("--vocab", required=True, help="vocab.txt (one token a line)")
    p.add_argument("--out", required=True, help="folder for model.onnx and vocab.txt")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    float_path = os.path.join(a.out, "model-float.onnx")
    model = bert.MultiTask(bert.Encoder())
    model.load_state_dict(torch.load(a.weights, map_location="cpu"))
    export_float(model, float_path)
    quantise(float_path, os.path.join(a.out, "model.onnx"))
    with open(a.vocab, encoding="utf-8") as src, open(os.path.join(a.out, "vocab.txt"), "w", encoding="utf-8") as dst:
        dst.write(src.read())
    print({f: os.path.getsize(os.path.join(a.out, f)) for f in os.listdir(a.out)})


if __name__ == "__main__":
    main()
