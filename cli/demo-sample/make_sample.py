#!/usr/bin/env python3
"""Makes the demo portal's citizen messages from the 2020 Teddy Cup data (../shared/data/teddy2020c).

The sample is shipped in cli/src/main/resources/demo-portal/hdjl/messages.jsonl (attributed in NOTICE); run this
only to remake it:  python3 cli/demo-sample/make_sample.py ../shared/data/teddy2020c > cli/src/main/resources/demo-portal/hdjl/messages.jsonl

- 700 messages with the official reply (附件4), chosen at random with a fixed seed; the reply's delay is kept as a
  number of days, and the portal squeezes it into the demo week;
- 260 messages with likes (附件3, no reply): the messages of the board's largest matters (a mixing plant, bundled
  parking, a loan fraud case ...) and others at random, so that the demo week has hot issues that are real ones.
Dates are not kept: the portal places each message in the current demo week by its id.
"""
import json, random, re, sys
from datetime import datetime

src = sys.argv[1]
rng = random.Random(2020)

def load(name):
    with open(f"{src}/{name}", encoding="utf-8") as f:
        return [json.loads(line) for line in f]

def when(text):
    text = text.strip()
    return datetime.strptime(text, "%Y/%m/%d %H:%M:%S" if ":" in text else "%Y/%m/%d")

# The body that answers, as a portal's 答复单位: the Teddy replies seldom sign, so the matter decides, as a
# message board's dispatcher would (the first matching line), else the district the message names.
DEPARTMENTS = [
    ("A市教育局", "学校|幼儿园|教师|老师|学生|学位|招生|教育|培训|补课"),
    ("A市人力资源和社会保障局", "社保|养老|工资|就业|医保|退休|劳动|人才|公积金"),
    ("A市卫生健康委员会", "医院|卫生|计生|医疗|疫苗|医生|抚养费"),
    ("A市公安局", "诈骗|公安|派出所|户口|户籍|警|车贷|集资"),
    ("A市生态环境局", "污染|噪音|扰民|环保|排放|搅拌站|臭"),
    ("A市交通运输局", "公交|交通|驾校|出租|地铁|高铁|车站|线路"),
    ("A市市场监督管理局", "商家|消费|价格|食品|退款|虚假宣传|收费"),
    ("A市住房和城乡建设局", "小区|物业|开发商|业主|房|工地|建设|拆迁|车位"),
]
DISTRICT = re.compile(r"A\d{1,2}[区县]")

def department(message):
    text = message["topic"] + message["detail"][:200]
    for body, words in DEPARTMENTS:
        if re.search(words, text):
            return body
    district = DISTRICT.search(text)
    return f"A市{district.group()}人民政府" if district else "A市人民政府办公厅"

out = []
replies = [r for r in load("fj4_replies.dev.jsonl") if r.get("reply") and r.get("reply_time") and r.get("detail")]
for r in sorted(rng.sample(replies, 700), key=lambda r: int(r["message_id"])):
    days = (when(r["reply_time"]) - when(r["time"])).total_seconds() / 86400
    out.append({"id": "R" + r["message_id"], "user": r["user"], "subject": r["topic"].strip(), "text": r["detail"].strip(),
                "reply": r["reply"].strip(), "reply_days": round(max(days, 0.1), 2), "department": department(r)})

HOT = re.compile(r"丽发新城|搅拌站|伊景园|滨河苑|58车贷|五矿万境|绿地海外滩|辉煌国际城|茶场村|领东汇|晟福兴")
likes = load("fj3_likes.dev.jsonl")
hot = [m for m in likes if HOT.search(m["topic"] + m["detail"][:120])]
rest = [m for m in likes if m not in hot and m["detail"]]
for m in sorted(hot + rng.sample(rest, 260 - len(hot)), key=lambda m: int(m["message_id"])):
    out.append({"id": "L" + m["message_id"], "user": m["user"], "subject": m["topic"].strip(), "text": m["detail"].strip(),
                "likes": m["likes"], "dislikes": m["dislikes"]})

print(f"{len(out)} messages, {len(hot)} of the largest matters", file=sys.stderr)
for m in out:
    print(json.dumps(m, ensure_ascii=False))
