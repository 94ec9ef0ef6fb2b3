"""Fine-tunes BGE-small-zh v1.5 on the training side of the data folder: one encoder, heads for three-way
polarity, SMP2020-EWECT emotion and Teddy Cup topic, and a distillation term that keeps the [CLS] sentence vector
close to the original BGE vector of the same text (the policy watch retrieves with it).

The schedule runs on the clock: --minutes of training (not counting loading), the learning rate warmed up over its
first 3% and decayed to zero at its end, so that a run on a busy 2-core machine still ends annealed, having seen a
shuffled prefix of the data, and a faster machine (or --minutes larger) sees more of it, up to --epochs.
Resumable: a checkpoint is written every --checkpoint-minutes; run the same command again to go on. Uses CUDA
when there is one."""
import argparse
import os
import random
import time
import zlib

import torch
import torch.nn.functional as F

import bert
import corpora
from tokenizer import Tokenizer

IGNORE = -100


def calibration(split_key):
    """Half of fifth 1, kept out of the transformer's training to choose the cascade's thresholds on (HeldOut.java
    splits the same way)."""
    crc = zlib.crc32(split_key.encode("utf-8"))
    return crc % 5 == 1 and (crc // 5) % 2 == 0


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
    p.add_argument("--minutes", type=float, default=70.0, help="training time; the schedule follows it")
    p.add_argument("--epochs", type=float, default=1.0, help="stop earlier if the data is seen this often")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--max-len", type=int, default=128)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--head-lr", type=float, default=5e-4)
    p.add_argument("--distill", type=float, default=2.0, help="weight of 1 - cos(student [CLS], BGE [CLS])")
    p.add_argument("--cap", action="append", default=[],
                   help="NAME=N: train on at most N examples of a corpus (0: all); repeatable")
    p.add_argument("--freeze-layers", type=int, default=2,
                   help="keep the embeddings and this many lower layers as BGE has them: training costs about a "
                        "third less, the teacher's vector needs only the upper layers, and the vector drifts less")
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
    frozen = [model.encoder.word, model.encoder.position, model.encoder.token_type, model.encoder.norm, model.encoder.dropout,
              *model.encoder.layers[:a.freeze_layers]]
    for module in frozen:
        for param in module.parameters():
            param.requires_grad_(False)
    optimizer = torch.optim.AdamW([
        {"params": [q for q in model.encoder.parameters() if q.requires_grad], "lr": a.lr},
        {"params": model.heads.parameters(), "lr": a.head_lr}], weight_decay=0.01)
    budget = a.minutes * 60

    def factor(elapsed):
        done = elapsed / budget
        return min(done / 0.03, 1.0) if done < 0.03 else max(0.0, (1 - done) / 0.97)

    os.makedirs(a.work, exist_ok=True)
    ckpt = os.path.join(a.work, "checkpoint.pt")
    step = 0
    trained = 0.0
    if os.path.exists(ckpt):
        state = torch.load(ckpt, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        step = state["step"]
        trained = state["seconds"]
        print(f"resumed at step {step}", flush=True)

    def save():
        tmp = ckpt + ".tmp"
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                    "step": step, "seconds": trained}, tmp)
        os.replace(tmp, ckpt)

    model.train()
    last_save = started = time.time()
    resumed_at = trained
    seen = 0
    running = {}
    while step < total and trained < budget:
        for group, base in zip(optimizer.param_groups, (a.lr, a.head_lr)):
            group["lr"] = base * factor(trained)
        epoch, within = divmod(step, len(plan))
        idx = batches(encoded, a.batch, a.seed + epoch)[within] if epoch else plan[within]
        ids, mask, labels = collate(encoded, idx, tok.pad, device)
        # the frozen lower layers are the teacher's too: run them once, without dropout, for both
        with torch.no_grad():
            for module in frozen:
                module.eval()
            lower, bias = model.encoder.lower(ids, mask, a.freeze_layers)
            target = teacher.upper(lower, bias, a.freeze_layers)[:, 0]
        cls, logits = model(ids, mask, model.encoder.upper(lower, bias, a.freeze_layers))
        losses = {}
        for h, name in enumerate(("polarity", "emotion", "topic")):
            if (labels[:, h] != IGNORE).any():
                losses[name] = F.cross_entropy(logits[name], labels[:, h], ignore_index=IGNORE)
        losses["distill"] = a.distill * (1 - F.cosine_similarity(cls, target, dim=-1)).mean()
        loss = sum(losses.values())
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        trained = resumed_at + time.time() - started
        seen += len(idx)
        for k, v in losses.items():
            running[k] = 0.98 * running.get(k, v.item()) + 0.02 * v.item()
        if step % 20 == 0 or step == total:
            rate = seen / (time.time() - started)
            print(f"step {step}/{total} {trained / 60:.1f}/{a.minutes:.0f} min {rate:.1f} ex/s " + " ".join(f"{k} {v:.3f}" for k, v in running.items()),
                  flush=True)
        if time.time() - last_save > a.checkpoint_minutes * 60:
            save()
            last_save = time.time()
    save()
    torch.save(model.state_dict(), os.path.join(a.work, "final.pt"))
    print("done", flush=True)


if __name__ == "__main__":
    main()
