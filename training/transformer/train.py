"""Fine-tunes BGE-small-zh v1.5 on the training side of the data folder: one encoder, heads for three-way
polarity, SMP2020-EWECT emotion and Teddy Cup topic, and a distillation term that keeps the [CLS] sentence vector
close to the original BGE vector of the same text (the policy watch retrieves with it).

Resumable: a checkpoint is written every --checkpoint-minutes; run the same command again to go on. Uses CUDA
when there is one."""
import argparse
import os
import random
import time

import torch
import torch.nn.functional as F

import bert
import corpora
from tokenizer import Tokenizer

IGNORE = -100


def calibration(split_key):
    """Half of fifth 1, kept out of the transformer's training to choose the cascade's thresholds on."""
    return corpora.bucket(split_key) == 1 and (zlib_crc(split_key) // 5) % 2 == 0


def zlib_crc(split_key):
    import zlib
    return zlib.crc32(split_key.encode("utf-8"))


def examples(root, caps, seed):
    """(text, polarity, emotion, topic) label indices, from the fifths that are neither held out nor calibration."""
    rng = random.Random(seed)
    pol, emo, top = (bert.HEADS[h] for h in ("polarity", "emotion", "topic"))
    out = []
    for name, items in corpora.datasets(root).items():
        if name not in caps:
            continue
        kept = [e for e in items if corpora.bucket(e[3]) != 0 and not calibration(e[3])]
        rng.shuffle(kept)
        kept = kept[:caps[name]] if caps[name] else kept
        for title, text, label, _ in kept:
            whole = title if not text else text if not title else title + "\n" + text
            labels = [IGNORE, IGNORE, IGNORE]
            if name.startswith("teddy"):
                labels[2] = top.index(label)
            elif name == "smp2020_ewect":
                labels[1] = emo.index(label)
                if label in corpora.TO_POLARITY:
                    labels[0] = pol.index(corpora.TO_POLARITY[label])
            else:
                labels[0] = pol.index(label)
            out.append((whole, labels))
    return out


def batches(encoded, batch_size, seed):
    """Batches of similar length (little padding), in an order fixed by the seed so that a resumed run goes on
    where it stopped."""
    rng = random.Random(seed)
    order = list(range(len(encoded)))
    rng.shuffle(order)
    chunk = batch_size * 50
    out = []
    for s in range(0, len(order), chunk):
        part = sorted(order[s:s + chunk], key=lambda i: len(encoded[i][0]))
        out.extend(part[b:b + batch_size] for b in range(0, len(part), batch_size))
    rng.shuffle(out)
    return out


def collate(encoded, idx, pad, device):
    n = max(len(encoded[i][0]) for i in idx)
    ids = torch.tensor([encoded[i][0] + [pad] * (n - len(encoded[i][0])) for i in idx], device=device)
    mask = torch.tensor([[1] * len(encoded[i][0]) + [0] * (n - len(encoded[i][0])) for i in idx], device=device)
    labels = torch.tensor([encoded[i][1] for i in idx], device=device)
    return ids, mask, labels


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", required=True)
    p.add_argument("--bge", required=True, help="bge-small-zh-v1.5.onnx")
    p.add_argument("--tokenizer", required=True, help="bge-small-zh-v1.5-tokenizer.json")
    p.add_argument("--work", required=True, help="folder for checkpoints and the final weights")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--max-len", type=int, default=128)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--head-lr", type=float, default=5e-4)
    p.add_argument("--distill", type=float, default=2.0, help="weight of 1 - cos(student [CLS], BGE [CLS])")
    p.add_argument("--cap", action="append", default=[],
                   help="NAME=N: train on at most N examples of a corpus (0: all); repeatable")
    p.add_argument("--checkpoint-minutes", type=float, default=5.0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=16)
    a = p.parse_args()

    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    caps = {"teddy_subject": 0, "teddy_detail": 0, "smp2020_ewect": 0, "chnsenticorp_htl": 0,
            "waimai_10k": 4000, "online_shopping_10_cats": 6000}
    for c in a.cap:
        name, n = c.split("=")
        caps[name] = int(n)
    tok = Tokenizer.from_json(a.tokenizer)
    data = examples(a.data, caps, a.seed)
    encoded = [(tok.encode(text, a.max_len), labels) for text, labels in data]
    plan = batches(encoded, a.batch, a.seed)
    total = int(len(plan) * a.epochs)
    print(f"{len(encoded)} examples, {len(plan)} batches an epoch, {total} steps on {device}", flush=True)

    teacher = bert.load_bge(a.bge).to(device).eval()
    for param in teacher.parameters():
        param.requires_grad_(False)
    model = bert.MultiTask(bert.load_bge(a.bge)).to(device)
    optimizer = torch.optim.AdamW([
        {"params": model.encoder.parameters(), "lr": a.lr},
        {"params": model.heads.parameters(), "lr": a.head_lr}], weight_decay=0.01)
    warmup = max(1, total // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))

    os.makedirs(a.work, exist_ok=True)
    ckpt = os.path.join(a.work, "checkpoint.pt")
    step = 0
    if os.path.exists(ckpt):
        state = torch.load(ckpt, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        schedule.load_state_dict(state["schedule"])
        step = state["step"]
        print(f"resumed at step {step}", flush=True)

    def save():
        tmp = ckpt + ".tmp"
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                    "schedule": schedule.state_dict(), "step": step}, tmp)
        os.replace(tmp, ckpt)

    model.train()
    last_save = started = time.time()
    seen = 0
    running = {}
    while step < total:
        epoch, within = divmod(step, len(plan))
        idx = batches(encoded, a.batch, a.seed + epoch)[within] if epoch else plan[within]
        ids, mask, labels = collate(encoded, idx, tok.pad, device)
        cls, logits = model(ids, mask)
        losses = {}
        for h, name in enumerate(("polarity", "emotion", "topic")):
            if (labels[:, h] != IGNORE).any():
                losses[name] = F.cross_entropy(logits[name], labels[:, h], ignore_index=IGNORE)
        with torch.no_grad():
            target = teacher(ids, mask)[:, 0]
        losses["distill"] = a.distill * (1 - F.cosine_similarity(cls, target, dim=-1)).mean()
        loss = sum(losses.values())
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        step += 1
        seen += len(idx)
        for k, v in losses.items():
            running[k] = 0.98 * running.get(k, v.item()) + 0.02 * v.item()
        if step % 20 == 0 or step == total:
            rate = seen / (time.time() - started)
            print(f"step {step}/{total} {rate:.1f} ex/s " + " ".join(f"{k} {v:.3f}" for k, v in running.items()),
                  flush=True)
        if time.time() - last_save > a.checkpoint_minutes * 60:
            save()
            last_save = time.time()
    save()
    torch.save(model.state_dict(), os.path.join(a.work, "final.pt"))
    print("done", flush=True)


if __name__ == "__main__":
    main()
