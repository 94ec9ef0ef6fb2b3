"""Writes the fixtures the Java encoder's tests compare against: token ids of awkward texts from this tokenizer,
and BGE's sentence vectors from this PyTorch BERT, so that a drift between training and serving fails a test."""
import json
import sys

import torch
import torch.nn.functional as F

import bert
from tokenizer import Tokenizer

TEXTS = [
    "小区楼下的垃圾好几天没人清理了，希望有关部门尽快处理！",
    "Hello WORLD, 2024年3月的ABC公司 email: a.b@c.com",
    "😀😀😀",
    "ｆｕｌｌ－ｗｉｄｔｈ，１２３ ｅｘａｍｐｌｅ。",
    "\t\n  ",
    "The quick brown fox jumps over the lazy dog",
    "酒店位置很好,服务也不错~~下次还来!!!" * 12,
    "naïve café résumé ​zero​width",
]


def tiny_model(out_dir):
    """A model of the shipped model's shape but 1 layer, 32 wide, random weights: proves the encoder's and the
    cascade's code paths in tests in well under a second, without the 24 MB model."""
    import os
    import tempfile
    import export

    torch.manual_seed(16)
    model = bert.MultiTask(bert.Encoder(width=32, layers=1, heads=2, ffn=64))
    with tempfile.TemporaryDirectory() as tmp:
        float_path = os.path.join(tmp, "float.onnx")
        export.export_float(model, float_path)
        export.quantise(float_path, os.path.join(out_dir, "tiny-model.onnx"))


def main(tokenizer_json, bge_onnx, out_dir):
    tiny_model(out_dir)
    tok = Tokenizer.from_json(tokenizer_json)
    with open(f"{out_dir}/tokens.jsonl", "w", encoding="utf-8") as f:
        for text in TEXTS:
            f.write(json.dumps({"text": text, "max": 64, "ids": tok.encode(text, 64)}, ensure_ascii=False) + "\n")
    enc = bert.load_bge(bge_onnx).eval()
    with open(f"{out_dir}/bge-vectors.jsonl", "w", encoding="utf-8") as f:
        for text in TEXTS[:2]:
            ids = torch.tensor([tok.encode(text, 128)])
            with torch.no_grad():
                vector = F.normalize(enc(ids, torch.ones_like(ids))[0, 0], dim=-1)
            f.write(json.dumps({"text": text, "vector": [round(v, 6) for v in vector.tolist()]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
