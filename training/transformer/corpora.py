"""The labelled examples, read and split exactly as the Java side's Corpora and HeldOut do: the split key's CRC32
modulo 5 picks the fifth, and fifth 0 is held out for ./yuqing eval, never trained on. `python3 corpora.py DATA`
prints, per corpus, its examples, those held out, those kept for calibrating the cascade, and a digest of the
held-out split keys: CorporaSplitTest in the training module checks them against the Java split. Needs no torch."""
import json
import os
import re
import sys
import zlib

from heads import HEADS

WEIBO_EMOTICON = re.compile(r"\[[^\[\]\s]{1,8}\]")
SENTIMENT = ("positive", "negative")
TO_POLARITY = {"happy": "positive", "neutral": "neutral", "angry": "negative", "sad": "negative", "fear": "negative"}


def bucket(split_key):
    return zlib.crc32(split_key.encode("utf-8")) % 5


def _records(root, file):
    with open(os.path.join(root, file), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _s(record, field):
    value = record.get(field)
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def _polarity(r):
    text = _s(r, "text")
    label = r.get("label")
    return ("", text, "positive" if str(label) == "1" else "negative", text)


def datasets(root):
    """name -> list of (title, text, label, split_key), each as Corpora.of gives them, the same filter applied."""
    raw = {
        "teddy_subject": ("teddy2020c/fj2_topic.dev.jsonl", HEADS["topic"],
                          lambda r: (_s(r, "topic"), "", _s(r, "label"), _s(r, "topic"))),
        "teddy_detail": ("teddy2020c/fj2_detail.dev.jsonl", HEADS["topic"],
                         lambda r: (_s(r, "topic"), _s(r, "detail"), _s(r, "label"),
                                    _s(r, "detail") if _s(r, "topic") == "" else _s(r, "topic"))),
        "chnsenticorp_htl": ("chnsenticorp_htl/chnsenticorp_htl.dev.jsonl", SENTIMENT, _polarity),
        "weibo_senti_100k_no_emoticons": ("weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl", SENTIMENT,
                                          lambda r: (lambda e: (e[0], WEIBO_EMOTICON.sub("", e[1]), e[2], e[3]))(_polarity(r))),
        "waimai_10k": ("waimai_10k/waimai_10k.dev.jsonl", SENTIMENT, _polarity),
        "online_shopping_10_cats": ("online_shopping_10_cats/online_shopping_10_cats.dev.jsonl", SENTIMENT, _polarity),
        "smp2020_ewect": ("smp2020_ewect/smp2020_ewect.dev.jsonl", HEADS["emotion"],
                          lambda r: ("", _s(r, "text"), _s(r, "label"), _s(r, "text"))),
    }
    out = {}
    for name, (file, labels, fn) in raw.items():
        examples = []
        for r in _records(root, file):
            e = fn(r)
            if e[2] in labels and (e[0] + e[1]).strip():
                examples.append(e)
        out[name] = examples
    return out


if __name__ == "__main__":
    for name, examples in datasets(sys.argv[1]).items():
        crcs = [zlib.crc32(e[3].encode("utf-8")) for e in examples]
        held = [c for c in crcs if c % 5 == 0]
        calibration = sum(1 for c in crcs if c % 5 == 1 and (c // 5) % 2 == 0)
        print(f"{name} {len(examples)} {len(held)} {calibration} {sum(held) % 2**32}")
