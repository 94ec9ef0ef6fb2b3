#!/usr/bin/env bash
# A benchmark, not a test: ./yuqing analyze as a whole process on one core (taskset -c 0), cascade and transformer
# included, on real messages of the data folder (about 90 characters on average).
#   benchmarks/analyze-throughput.sh [DATA_DIR] [MESSAGES]     (defaults: ../shared/data, 100000)
# Prints the documents per second over the whole run, JVM start and model loading included.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-$ROOT/../shared/data}"
COUNT="${2:-100000}"
INPUT="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$INPUT"' EXIT
# The messages of every file the analysis benchmark reads (Corpora.EVERY_MESSAGE), shuffled with a fixed seed so
# that any COUNT has the mix of the whole (about 88 characters on average), repeated past their number.
python3 - "$DATA" "$COUNT" > "$INPUT" <<'PY'
import json, os, sys
data, count = sys.argv[1], int(sys.argv[2])
files = ["teddy2020c/fj2_detail.dev.jsonl", "teddy2020c/fj3_likes.dev.jsonl", "teddy2020c/fj4_replies.dev.jsonl",
         "smp2020_ewect/smp2020_ewect.dev.jsonl", "weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl",
         "osm2022_weibo_social_movements/osm2022_weibo_social_movements.dev.jsonl",
         "nlpcc2016_stance/nlpcc2016_stance.dev.jsonl", "rumor_ced/ced.dev.jsonl",
         "online_shopping_10_cats/online_shopping_10_cats.dev.jsonl", "waimai_10k/waimai_10k.dev.jsonl",
         "chnsenticorp_htl/chnsenticorp_htl.dev.jsonl"]
messages = []
for f in files:
    path = os.path.join(data, f)
    if not os.path.exists(path):
        continue
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            text = r.get("detail") if r.get("detail") is not None else r.get("text")
            if isinstance(text, str) and text.strip():
                messages.append({"title": r.get("topic") or "", "text": text})
import random
random.Random(16).shuffle(messages)
chars = 0
for i in range(count):
    m = dict(messages[i % len(messages)], id=str(i), kind="comment")
    chars += len(m["title"]) + len(m["text"])
    print(json.dumps(m, ensure_ascii=False))
print(f"{count} messages, {chars / count:.0f} characters on average", file=sys.stderr)
PY
"$ROOT/yuqing" analyze --help > /dev/null   # builds first, outside the timing
START=$(date +%s.%N)
taskset -c 0 "$ROOT/yuqing" analyze --threads 1 < "$INPUT" | wc -l > /tmp/analyze-throughput.count
END=$(date +%s.%N)
python3 -c "import sys; n=int(open('/tmp/analyze-throughput.count').read()); s=float(sys.argv[2])-float(sys.argv[1]); print(f'{n} documents in {s:.1f} s: {n/s:.0f} documents/s on one core')" "$START" "$END"
