"""Writes the float graph a quantised export stands for: every MatMulInteger with the Dynamic/Cast/Mul nodes around
it becomes one MatMul on the dequantised weights. The Java encoder's tests compare the shipped model with this
graph's vectors (ShippedEncoderTest), so that a kernel that computes the quantised graph wrongly on some CPU fails
the build.

    python3 dequantise.py model.onnx float-model.onnx
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper


def dequantise(src, dst):
    model = onnx.load(src)
    g = model.graph
    init = {t.name: t for t in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    consumers = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    dropped, replaced, weights = set(), {}, []
    for n in [n for n in g.node if n.op_type == "MatMulInteger"]:
        quantise_x = producer[n.input[0]]
        q = numpy_helper.to_array(init[n.input[1]]).astype(np.float32)
        zero = numpy_helper.to_array(init[n.input[3]]).astype(np.float32)
        cast = consumers[n.output[0]][0]
        scale_x = consumers[quantise_x.output[1]][0]
        scale = numpy_helper.to_array(init[[i for i in scale_x.input if i in init][0]])
        result = consumers[cast.output[0]][0]
        name = n.input[1] + "_float"
        weights.append(numpy_helper.from_array(((q - zero) * scale).astype(np.float32), name))
        replaced[id(n)] = helper.make_node("MatMul", [quantise_x.input[0], name], list(result.output))
        dropped.update({id(quantise_x), id(cast), id(scale_x), id(result)})
    nodes = [replaced.get(id(n), n) for n in g.node if id(n) not in dropped]
    del g.node[:]
    g.node.extend(nodes)
    used = {i for n in nodes for i in n.input}
    kept = [t for t in g.initializer if t.name in used]
    del g.initializer[:]
    g.initializer.extend(kept + weights)
    onnx.checker.check_model(model)
    onnx.save(model, dst)
    print(f"{len(replaced)} MatMulInteger made float: {dst}")


if __name__ == "__main__":
    dequantise(sys.argv[1], sys.argv[2])
