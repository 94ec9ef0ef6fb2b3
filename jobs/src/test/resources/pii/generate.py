#!/usr/bin/env python3
"""Writes messages.jsonl: synthetic 留言 with every personal datum and every public number labelled.

Each message is a template from the registers of real message boards (市长信箱 letters, complaints, refund
disputes, traffic reports, forwarded notices) filled with invented values. The template knows where each value
goes, so every span is exact. Offsets are UTF-16 code units, as Java's String counts them.

    python3 generate.py > messages.jsonl     (seeded: the same file every time)
"""
import json
import random
import sys

R = random.Random(16)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常")
COMPOUND = ["欧阳", "司马", "诸葛", "上官"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅玉兰志文斌辉鹏飞宇浩然婷雪琳晨欣怡子涵俊杰德福春燕海波金凤淑珍永红跃进")
CITIES = ["长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "郴州市", "A市", "B市"]
DISTRICTS = ["岳麓区", "芙蓉区", "天心区", "开福区", "雨花区", "望城区", "荷塘区", "雨湖区", "K1区", "A7区", "武陵区"]
ROADS = ["麓山南路", "人民中路", "五一大道", "芙蓉中路二段", "韶山北路", "劳动西路", "桐梓坡路", "车站北路", "建设街",
         "解放西路", "黄兴南路", "万家丽中路三段", "白沙井巷", "青园路", "金星北路", "枫林三路"]
COMMUNITIES = ["阳光花园", "金色家园", "湘江世纪城", "融科东南海", "恒大名都", "幸福里小区", "和馨园", "保利林语",
               "碧桂园", "中海国际社区", "新城新世界", "丽发新城", "紫薇苑", "东方明珠小区", "红旗新村", "铁路宿舍"]
TOWNS = ["黄花镇", "星沙街道", "白箬铺镇", "莲花镇", "乌山街道", "洞阳镇", "巴溪洲乡"]
VILLAGES = ["金龙", "杨柳", "石塘", "新屋", "高桥", "大塘", "双江", "茶园"]
BANKS = ["中国工商银行", "工行", "建设银行", "建行", "农业银行", "农行", "中国银行", "邮储银行", "长沙银行", "招商银行", "农商银行"]
CARD_BINS = ["622202", "621700", "622848", "623058", "621226", "621483", "622588", "621799", "625965", "436742", "518710"]
PROVINCES = list("京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川宁琼")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
BODIES = ["市人社局", "市人力资源和社会保障局", "市住建局", "市医保局", "区市场监管局", "市信访局", "市公安局交警支队",
          "区政务服务中心", "市不动产登记中心", "市教育局", "街道办事处", "市自然资源和规划局", "市民之家", "区卫健局"]
CN = "零一二三四五六七八九"
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def pick(xs):
    return R.choice(xs)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def chinese_digits(s):
    return "".join(CN[int(c)] if c.isdigit() else c for c in s)


def chinese_number(n):
    """12 -> 十二, 3 -> 三, 25 -> 二十五: how people write small house and building numbers."""
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


# ---------------------------------------------------------------- values: each returns [(text, kind or None)]

def name():
    if R.random() < 0.06:
        return pick(COMPOUND) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2])))
    return pick(SURNAMES) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2])))


def id_number():
    area = pick(["430104", "430102", "430111", "430121", "110105", "440305", "510107", "420106", "320102"])
    year = R.randint(1950, 2008)
    body = f"{area}{year}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    number = body + check
    r = R.random()
    if r < 0.12:
        number = f"{number[:6]} {number[6:14]} {number[14:]}"
    elif r < 0.22:
        number = fullwidth(number)
    elif r < 0.28 and check == "X":
        number = number[:-1] + "x"
    return number


def mobile():
    number = pick(["138", "139", "137", "135", "150", "151", "158", "186", "187", "189", "177", "199", "133", "153", "166"]) + digits(8)
    r = R.random()
    if r < 0.15:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if r < 0.27:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if r < 0.35:
        return "+86 " + number
    if r < 0.47:
        return fullwidth(number)
    if r < 0.57:
        return chinese_digits(number)
    if r < 0.60:
        return chinese_digits(number).replace("一", "幺")
    return number


def landline():
    area, local = pick([("0731", 8), ("0733", 7), ("0736", 7), ("010", 8), ("020", 8), ("0730", 7)])
    number = pick("2345678") + digits(local - 1)
    r = R.random()
    if r < 0.4:
        return f"{area}-{number}"
    if r < 0.55:
        return f"（{area}）{number}"
    if r < 0.65:
        return f"{area} {number}"
    if r < 0.75:
        return f"{area}—{number}"
    if r < 0.85:
        return fullwidth(f"{area}-{number}")
    return area + number


def email():
    user = pick(["zhang", "li", "wang", "liu", "chen", "hn", "csxy", "happy", "dream", "abc"]) + pick(["", ".", "_"]) + \
        pick(["san", "wei", "ming", "2019", "1988", "xx", "lily", "77"]) + digits(R.choice([0, 2, 3, 5]))
    return user + "@" + pick(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "139.com", "gmail.com"])


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def bank_card(valid=None):
    bin_ = pick(CARD_BINS)
    length = pick([16, 19, 19, 19]) if bin_.startswith("62") else 16
    body = bin_ + digits(length - len(bin_) - 1)
    check = luhn_digit(body)
    if valid is False or (valid is None and R.random() < 0.25):  # typed from memory: the check digit is off
        check = str((int(check) + R.randint(1, 9)) % 10)
    number = body + check
    r = R.random()
    if r < 0.3:
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    if r < 0.4:
        return "-".join(number[i:i + 4] for i in range(0, len(number), 4))
    if r < 0.52:
        return fullwidth(number)
    return number


def num(n, style):
    if style == "cn" and n < 100:
        return chinese_number(n)
    if style == "fw":
        return fullwidth(str(n))
    return str(n)


def room(style):
    floor, door = R.randint(1, 28), R.randint(1, 4)
    value = f"{floor}{door:02d}"
    if style == "cn":
        return chinese_digits(value)
    if style == "fw":
        return fullwidth(value)
    return value


def address_tail():
    """(place prefix, numeric tail): the tail is what identifies the door."""
    style = R.choices(["ar", "cn", "fw"], [0.62, 0.25, 0.13])[0]
    house, building, unit = R.randint(1, 399), R.randint(1, 32), R.randint(1, 6)
    kind = R.randint(0, 10)
    if kind == 0:
        return pick(DISTRICTS) + pick(ROADS), f"{num(house, style)}号"
    if kind == 1:
        return pick(ROADS), f"{num(house, style)}号{num(building, style)}栋{room(style)}"
    if kind == 2:
        return pick(ROADS), f"{num(house, style)}号{num(building, style)}栋{num(unit, style)}单元{room(style)}室"
    if kind == 3:
        return pick(COMMUNITIES), f"{num(building, style)}幢{num(unit, style)}单元{room(style)}室"
    if kind == 4:
        return pick(COMMUNITIES), f"{num(building, style)}栋{room(style)}"
    if kind == 5:
        return pick(TOWNS) + pick(VILLAGES) + "村", f"{num(R.randint(1, 12), style)}组{num(R.randint(1, 60), style)}号"
    if kind == 6:
        return pick(COMMUNITIES), f"{building}-{unit}-{room('ar')}"
    if kind == 7:
        return pick(ROADS), f"{R.randint(10, 999)}弄{num(building, style)}号{room(style)}室"
    if kind == 8:
        return pick(COMMUNITIES), f"{pick('ABCDE')}座{room(style)}室"
    if kind == 9:
        return pick(ROADS), f"{num(house, style)}号院{num(building, style)}号楼{num(unit, style)}单元{room(style)}"
    return pick(COMMUNITIES) + pick(["", "二期", "三期", "南区"]), f"{num(building, style)}栋{num(unit, style)}单元{num(R.randint(1, 30), style)}楼{room(style)}"


def plate():
    province, letter = pick(PROVINCES), pick(PLATE_LETTERS)
    sep = R.choices(["", "·", "-", " ", "•"], [0.55, 0.2, 0.1, 0.1, 0.05])[0]
    r = R.random()
    if r < 0.25:  # new energy
        tail = pick("DF") + digits(5) if R.random() < 0.7 else digits(5) + pick("DF")
    elif r < 0.3:
        tail = digits(4) + pick("学挂")
    else:
        chars = [R.choice("0123456789") for _ in range(5)]
        for _ in range(R.choice([0, 0, 1, 2])):
            chars[R.randint(0, 4)] = R.choice(PLATE_LETTERS)
        if sum(c.isdigit() for c in chars) < 2:
            chars[-1] = "8"
            chars[-2] = "6"
        tail = "".join(chars)
    value = province + letter + sep + tail
    if R.random() < 0.1:
        value = province + fullwidth(letter + sep + tail)
    if R.random() < 0.06:
        value = province + letter.lower() + sep + tail.lower()
    return value


def passport():
    r = R.random()
    if r < 0.55:
        return "E" + digits(8)
    if r < 0.8:
        return "E" + pick("ABCDEFGHJKLMNPQRS") + digits(7)
    return "G" + digits(8)


def permit():
    r = R.random()
    if r < 0.7:
        return "C" + digits(8)
    if r < 0.85:
        return "C" + pick("ABCDEFGHJKLMN") + digits(7)
    return "W" + digits(8)


def public_phone():
    return pick(["12345", "12345", "110", "120", "119", "12315", "12369", "12333", "0731-12345", "96333", "95588",
                 "400-888-1234", "12328", "122"])


def body_landline():
    return pick(["0731-", "0731-", "（0731）", "0733-"]) + pick("2345678") + digits(7)


def ref_number():
    kind = R.randint(0, 5)
    if kind == 0:
        return "留言编号：", f"{R.randint(2019, 2025)}{digits(9)}"
    if kind == 1:
        return "订单号", digits(R.choice([16, 18, 19]))
    if kind == 2:
        return "", f"湘政办发〔{R.randint(2015, 2025)}〕{R.randint(1, 80)}号"
    if kind == 3:
        return "快递单号", "SF" + digits(12)
    if kind == 4:
        return "工单号", digits(14)
    return "", f"G{R.randint(1, 2999)}次"


# ---------------------------------------------------------------- templates

# Leading characters a mask may leave: a name's surname, a plate's province and city letter, a passport's or
# permit's letter. They say what the datum is and identify nobody.
KEEP = {"plate": 2, "passport": 1, "hk_macau_permit": 1}

class Msg:
    def __init__(self):
        self.parts = []

    def t(self, text):
        self.parts.append((text, None))
        return self

    def v(self, kind, text):
        self.parts.append((text, kind))
        return self

    def email(self):
        user, domain = email().split("@")
        return self.v("email", user).t("@" + domain)

    def addr(self, kind="address"):
        prefix, tail = address_tail()
        return self.t(prefix).v(kind, tail)

    def pub_addr(self):
        return self.t(pick(DISTRICTS)).v("public_address", pick(ROADS) + f"{R.randint(1, 399)}号")

    def done(self, register):
        text, spans, at = "", [], 0
        for piece, kind in self.parts:
            length = len(piece.encode("utf-16-le")) // 2
            if kind:
                span = {"kind": kind, "start": at, "end": at + length, "text": piece}
                keep = KEEP.get(kind, 0)
                if kind == "name":
                    keep = 2 if piece[:2] in COMPOUND else 1
                if kind == "plate":  # up to and with the city letter, whatever stands between
                    keep = next(i for i, c in enumerate(piece) if i > 0 and c.strip()) + 1
                if keep:
                    span["keep"] = keep
                spans.append(span)
            text += piece
            at += length
        return {"register": register, "text": text, "spans": spans}


def date():
    return f"{R.randint(2019, 2025)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"


def amount():
    return pick([f"{R.randint(200, 90000)}元", f"{R.randint(1, 30)}万元", f"{R.randint(100, 9999)}.{R.randint(10, 99)}元"])


def letter_household():
    m = Msg().t(pick(["尊敬的市长：您好！", "领导您好，", "市长信箱：", ""]))
    m.t(pick(["我叫", "本人", "我是", "反映人："])).v("name", name()).t(pick(["，", "，男，", "，今年67岁，", ""]))
    m.t(pick(["家住", "现住", "住在", "居住在"])).t(pick(CITIES)).addr().t("。")
    m.t(pick(["我家楼上", "我们小区", "隔壁邻居"])).t(pick(["长期在夜间装修，噪音扰民", "违建阳台已经三年无人处理", "空调外机对着我家窗户",
                                                  "在楼道堆放杂物，存在消防隐患"]))
    m.t(f"，我于{date()}拨打").v("public_phone", "12345").t("热线，至今没有答复。")
    m.t(pick(["我的电话：", "联系电话", "手机", "联系方式："])).v("phone", mobile())
    m.t(pick(["，身份证号", "，身份证：", "，证件号码"])).v("id_card", id_number()).t("。恳请领导重视！")
    return m.done("市长信箱")


def letter_neighbour():
    m = Msg().t(pick(CITIES) + pick(DISTRICTS))
    prefix, tail = address_tail()
    m.t(prefix).v("address", tail).t(pick(["的住户", "的业主", "那户人家"]))
    m.t(pick(["在家里养了十几条狗，", "把一楼架空层改成了麻将馆，", "私自拆除承重墙，", "在屋顶搭建彩钢棚，"]))
    m.t("我多次向").t(pick(BODIES)).t("反映，对方说去找社区。我家住")
    prefix, tail = address_tail()
    m.t(prefix).v("address", tail).t("，有事请打我电话").v("phone", mobile()).t("，或者发邮件到").email().t("。")
    return m.done("留言板")


def wage_arrears():
    m = Msg().t(pick(["拖欠农民工工资：", "讨薪求助", "工资被拖欠半年"]) + "，")
    m.t(pick(["本人", "我叫", "姓名："])).v("name", name()).t("，")
    m.t(f"在{pick(['某建筑公司', '湘江世纪城项目部', '一家物流公司', '某装修公司'])}打工，{date()}至今被拖欠工资{amount()}。")
    m.t(pick(["老板答应打到我的", "包工头说会转到我"])).t(pick(BANKS)).t(pick(["卡上", "储蓄卡", "的卡里", "银行卡"]))
    opening, closing = pick([("，卡号：", "，"), ("（", "），"), ("，卡号是", "。"), (" ", "，")])
    m.t(opening).v("bank_card", bank_card()).t(closing)
    m.t("但一直没到账。身份证号码：").v("id_card", id_number()).t("，联系电话：").v("phone", R.choice([mobile, landline])()).t("。")
    m.t("请").t(pick(BODIES)).t("帮忙，劳动监察投诉电话").v("public_phone", pick(["12333", "12345"])).t("打了没用。")
    return m.done("留言板")


def refund():
    m = Msg().t(f"我于{date()}在{pick(['某培训机构', '某健身房', '某电商平台', '某旅行社', '某装修公司', '某驾校'])}")
    m.t(f"交了{amount()}，")
    pre, ref = ref_number() if R.random() < 0.5 else ("订单号", digits(18))
    if pre in ("订单号", "工单号", "快递单号", "留言编号："):
        m.t(pre).v("reference", ref).t("，")
    m.t(pick(["对方承诺七个工作日内退款到", "商家说退款会原路退回", "说好退到"]))
    m.t(pick(["我尾号", "我的"])).t(pick(BANKS)).t(pick(["账户", "卡", "借记卡", "信用卡"]))
    opening, closing = pick([("", ""), ("：", ""), ("（卡号", "）"), (" ", "")])
    m.t(opening).v("bank_card", bank_card()).t(closing)
    m.t(f"，至今{R.randint(2, 9)}个月没退。")
    m.t(pick(["我打了", "拨打"])).v("public_phone", pick(["12315", "12345"])).t("，")
    m.t("请帮忙处理。联系人：").v("name", name()).t(" 手机").v("phone", mobile())
    return m.done("投诉")


def traffic():
    m = Msg().t(pick(["举报：", "交通违法举报", "反映停车问题：", ""]))
    m.t(f"{date()}晚上{R.randint(7, 11)}点左右，")
    m.t(pick(["一辆车牌号为", "车牌", "一辆", "有辆"])).v("plate", plate())
    m.t(pick(["的渣土车在", "的白色轿车长期占用", "的电动车在", "的黑色越野车在"])).t(pick(ROADS))
    m.t(pick(["闯红灯，", "的消防通道，", "逆行，", "超速行驶，"]))
    m.t(pick(["另一辆", "后面跟着的", "同行的"])).v("plate", plate()).t(pick(["也一样。", "同样违停。", "差点撞到行人。"]))
    m.t("我已向").t(pick(["市公安局交警支队", "交警大队"])).t("反映，报警电话").v("public_phone", pick(["110", "122"]))
    m.t("也打过。")
    if R.random() < 0.5:
        m.t("我的车").v("plate", plate()).t("被刮了，本人").v("name", name()).t("，电话").v("phone", mobile()).t("。")
    return m.done("交通投诉")


def notice():
    m = Msg().t("【转发】" + pick(["关于开展2024年度城乡居民医保集中缴费的通知", "关于公共租赁住房申请的公告", "关于办理灵活就业人员社保补贴的通知",
                                "关于开展老旧小区改造意见征集的通知"]) + "\n")
    m.t("各位居民：根据").v("reference", f"湘政办发〔{R.randint(2015, 2025)}〕{R.randint(1, 80)}号").t("文件要求，")
    body = pick(BODIES)
    m.t(f"请于{date()}前到{body}办理。")
    m.t(pick(["办公地址：", "办事大厅地址：", f"{body}地址：", "受理地点："]))
    m.t(pick(CITIES) + pick(DISTRICTS)).v("public_address", pick(ROADS) + num(R.randint(1, 399), "ar") + "号")
    m.t(pick(["，咨询电话：", f"。{body}咨询电话", "，服务热线", "，监督电话："])).v("public_phone", body_landline())
    m.t("，也可拨打").v("public_phone", "12345").t("政务服务热线。\n")
    m.t(pick(["网友留言：", "评论：", "我的情况："])).t("我叫").v("name", name()).t("，住")
    prefix, tail = address_tail()
    m.t(prefix).v("address", tail).t(pick(["，符合条件吗？", "，去年申请了还没批。"]))
    m.t("电话").v("phone", R.choice([mobile, landline])()).t("。")
    return m.done("转发通知")


def travel_documents():
    m = Msg().t(pick(["出入境办证问题：", "关于签注办理的咨询", ""]))
    m.t(pick(["我叫", "本人", "申请人："])).v("name", name()).t("，")
    m.t(f"{date()}到{pick(['市公安局出入境管理支队', '区政务服务中心出入境窗口'])}办理")
    if R.random() < 0.5:
        m.t(pick(["港澳通行证签注，证件号", "往来港澳通行证续签，通行证号码：", "孩子的港澳通行证（", "港澳通行证"]))
        m.v("hk_macau_permit", permit()).t(pick(["）", "，", " "]))
    else:
        m.t(pick(["护照换发，原护照号", "护照加注，护照号码：", "护照（", "护照"])).v("passport", passport()).t(pick(["）", "，", " "]))
    m.t(pick(["系统显示", "工作人员说", "窗口说"])).t(pick(["信息有误", "需要回户籍地办理", "材料不全", "要等二十个工作日"]))
    m.t("。我的")
    if R.random() < 0.5:
        m.t(pick(["护照号是", "旧护照", "护照："])).v("passport", passport())
    else:
        m.t(pick(["港澳通行证号是", "通行证", "老的港澳通行证"])).v("hk_macau_permit", permit())
    m.t("，身份证").v("id_card", id_number()).t("，电话").v("phone", mobile()).t("，请尽快回复。")
    m.t("咨询电话").v("public_phone", body_landline()).t("一直占线。")
    return m.done("市长信箱")


def village():
    m = Msg().t(pick(CITIES) + pick(["望城区", "长沙县", "宁乡市", "浏阳市"]))
    prefix, tail = address_tail() if R.random() < 0.3 else (pick(TOWNS) + pick(VILLAGES) + "村", None)
    if tail is None:
        style = R.choice(["ar", "ar", "cn"])
        tail = f"{num(R.randint(1, 12), style)}组{num(R.randint(1, 60), style)}号"
    m.t(prefix).v("address", tail).t(pick(["村民", "的村民", "，村民"])).v("name", name())
    m.t(pick(["反映：", "来信："]) + pick(["村里征地补偿款", "低保名额", "危房改造补助", "高速公路拆迁安置费"]))
    m.t(f"{amount()}至今没有发放到户，")
    m.t("补助款应打入其").t(pick(["一卡通", "社保卡", "惠农卡", "农商银行卡"])).v("bank_card", bank_card()).t("，")
    m.t("村干部说是镇里扣了。")
    m.t(pick(["联系电话", "电话：", "手机号"])).v("phone", R.choice([mobile, mobile, landline])()).t("。")
    if R.random() < 0.6:
        m.t("镇政府地址在").t(pick(TOWNS)).v("public_address", pick(ROADS) + f"{R.randint(1, 199)}号").t("，去了几次都没人。")
    return m.done("留言板")


def property_dispute():
    m = Msg().t(pick(["物业问题", "不动产证办理难", "开发商逾期交房"]) + "：")
    m.t(pick(["我是", "业主", "本人"])).v("name", name()).t("，")
    m.t(f"{date()}购买了").t(pick(COMMUNITIES))
    style = R.choice(["ar", "ar", "cn"])
    m.v("address", f"{num(R.randint(1, 30), style)}栋{num(R.randint(1, 4), style)}单元{room(style)}").t("，两室一厅，")
    m.t("房款已付清，").t(pick(["五年了还办不了不动产证", "开发商拖了三年才交房", "物业费每年上涨"])).t("。")
    m.t(pick(["市不动产登记中心", "市住建局"])).t("办公地址").v("public_address", pick(ROADS) + f"{R.randint(1, 399)}号")
    m.t("，我去过三次。")
    m.t("联系方式：").v("phone", mobile()).t("，邮箱").email().t("。")
    if R.random() < 0.5:
        m.t("车位上停着").v("plate", plate()).t("的车也是别人的。")
    return m.done("投诉")


def medical():
    m = Msg().t("医保报销问题：")
    m.t(pick(["我父亲", "我母亲", "我爱人", "患者"])).v("name", name()).t(pick(["，", "（", ""]))
    m.t("身份证号").v("id_card", id_number()).t(pick(["，", "）"]))
    m.t(f"{date()}在{pick(['省人民医院', '湘雅二医院', '市中心医院'])}住院，花费{amount()}，")
    m.t("异地报销一直没到账，报销款应打到").t(pick(BANKS)).v("bank_card", bank_card()).t("。")
    m.t("我打").t(pick(["市医保局", "区医保中心"])).t("电话").v("public_phone", body_landline()).t("说要等。")
    m.t("家住").addr().t("，电话").v("phone", mobile()).t("。")
    return m.done("市长信箱")


def long_sentence():
    m = Msg().t("我们")
    prefix, tail = address_tail()
    m.t(prefix).v("address", tail).t(pick(["以及", "、"]))
    prefix, tail = address_tail()
    m.t(prefix).v("address", tail)
    m.t("等十几户居民自从" + date() + "小区旁边的工地开工以来每天晚上十点以后仍然在施工，")
    m.t("搅拌车进进出出，车牌").v("plate", plate()).t("、").v("plate", plate())
    m.t("的车还经常堵在").t(pick(ROADS)).t("口，")
    m.t("我们向").t(pick(BODIES)).t("（地址：").v("public_address", pick(ROADS) + f"{R.randint(1, 399)}号").t("）反映了")
    m.t("也打了监督电话").v("public_phone", body_landline()).t("，说要协调。")
    m.t("我叫").v("name", name()).t("，").v("phone", mobile()).t("，邮箱").email().t("。")
    return m.done("留言板")


def school():
    m = Msg().t("入学问题：孩子今年该上小学，")
    m.t("户籍在").addr().t("，")
    m.t("但学区划到了很远的学校。孩子姓名：").v("name", name()).t("，身份证").v("id_card", id_number()).t("，")
    m.t("家长").t(pick(["电话", "手机"])).v("phone", mobile()).t("。")
    m.t("区教育局招生咨询电话").v("public_phone", body_landline()).t("，地址").t(pick(DISTRICTS)).v("public_address", pick(ROADS) + f"{R.randint(1, 299)}号")
    m.t("，去了说按政策。").v("reference", f"留言编号{R.randint(2019, 2025)}{digits(8)}")
    return m.done("留言板")


def police():
    m = Msg().t("被骗求助：" + date() + "，")
    m.t("我叫").v("name", name()).t("，被人以刷单名义骗了" + amount() + "，")
    m.t("钱转到了对方").t(pick(BANKS)).t("账户").v("bank_card", bank_card()).t("（户名").v("name", name()).t("），")
    m.t("对方手机").v("phone", mobile()).t("，已经在").t(pick(["派出所", "反诈中心"])).t("报案，")
    m.t(pick(["反诈专线", "报警电话"])).v("public_phone", pick(["96110", "110"])).t("也打了。")
    m.t("我住").addr().t("。")
    return m.done("留言板")


def email_reply():
    m = Msg().t(pick(["希望书面答复，", "请回复至我的邮箱", "答复请发"]))
    m.email().t("，")
    m.t("或寄到").addr().t(f"，收件人").v("name", name()).t("，电话").v("phone", R.choice([mobile, landline])()).t("。")
    m.t("此前在").t(pick(BODIES)).t("（").v("public_address", pick(ROADS) + f"{R.randint(1, 399)}号").t("）递交过材料。")
    return m.done("市长信箱")


def lost_documents():
    m = Msg().t(pick(["证件遗失求助：", "捡到证件：", "寻物："]))
    m.t(f"{date()}在{pick(['黄花机场', '长沙南站', '五一广场', '高铁站候车室'])}")
    m.t(pick(["丢失了一个包，里面有", "捡到一个钱包，内有"]))
    m.t(pick(["护照一本（", "护照，号码", "中国护照", "护照"])).v("passport", passport()).t(pick(["）", "，", "、"]))
    m.t(pick(["往来港澳通行证（", "港澳通行证一张，号码", "通行证", "港澳通行证"])).v("hk_macau_permit", permit())
    m.t(pick(["），", "，", "和"]))
    m.t(pick(["一张", "还有"])).t(pick(BANKS)).t("卡").v("bank_card", bank_card()).t("。")
    m.t(pick(["失主", "持有人", "证件上的名字是"])).t(pick(["姓名", "名叫"])).v("name", name()).t("。")
    m.t(pick(["请联系", "失主请打"])).v("phone", mobile()).t("，")
    m.t(pick(["或送至", "已交到"])).t(pick(["机场派出所", "车站派出所", "市公安局出入境管理支队"])).t(pick(["，电话", "，值班电话"]))
    m.v("public_phone", body_landline()).t("。")
    if R.random() < 0.5:
        m.t("我同行朋友的护照号码").v("passport", passport()).t("也在里面。")
    return m.done("留言板")


# ---------------------------------------------------------------- harder forms, written after the masker was

def odd_mobile():
    number = pick(["138", "159", "186", "173", "199"]) + digits(8)
    return pick([
        lambda: f"{number[:3]}.{number[3:7]}.{number[7:]}",
        lambda: number[:3] + fullwidth(number[3:]),  # half of it typed in full width
        lambda: fullwidth(f"{number[:3]}-{number[3:7]}-{number[7:]}"),
        lambda: f"86-{number}",
        lambda: chinese_digits(number[:3]) + number[3:],
        lambda: f"{number[:4]} {number[4:8]} {number[8:]}",
    ])()


def odd_landline():
    local = pick("2345678") + digits(7)
    return pick([f"0731-{local[:4]} {local[4:]}", f"(0731){local}", f"0731－{local}", f"0731-{local}转{R.randint(1, 899)}"])


def odd_card():
    number = pick(CARD_BINS[:8]) + digits(12)
    number = number + luhn_digit(number)
    return pick([
        lambda: f"{number[:4]} {number[4:8]} {number[8:12]} {number[12:]}",  # 4-4-4-7
        lambda: f"{number[:6]} {number[6:]}",
        lambda: number[:8] + fullwidth(number[8:]),
        lambda: "  ".join(number[i:i + 4] for i in range(0, 19, 4)),
    ])()


def odd_address():
    """(prefix, tail) in forms the first templates did not use."""
    return pick([
        lambda: (pick(COMMUNITIES[:6]) + "公寓", f"{R.randint(3, 30)}{R.randint(1, 20):02d}"),
        lambda: (pick(["国金大厦", "华远大厦", "新世纪大厦"]), f"{R.randint(3, 40)}楼{R.randint(3, 40)}{R.randint(1, 20):02d}"),
        lambda: (pick(ROADS), f"{R.randint(1, 300)}号附{R.randint(1, 9)}号"),
        lambda: (pick(["白沙巷子", "太平街口", "化龙池胡同"]), f"{R.randint(1, 90)}号"),
        lambda: (pick(COMMUNITIES), f"{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 30)}{R.randint(1, 4):02d}房"),
        lambda: (pick(COMMUNITIES) + pick(["B区", "南区", "二期"]), f"{R.randint(1, 30)}栋{R.randint(1, 3)}0{R.randint(1, 4)}"),
        lambda: (pick(ROADS), f"甲{R.randint(1, 90)}号"),
        lambda: (pick(TOWNS) + pick(VILLAGES) + "村", f"{chinese_number(R.randint(11, 19))}组{chinese_number(R.randint(1, 60))}号"),
        lambda: (pick(COMMUNITIES), fullwidth(f"{R.randint(1, 30)}-{R.randint(1, 6)}-{R.randint(1, 30)}0{R.randint(1, 4)}")),
    ])()


def odd_plate():
    province, letter, tail = pick(PROVINCES), pick(PLATE_LETTERS), digits(5)
    return pick([f"{province} {letter}{tail}", f"{province}{letter} {tail[:2]} {tail[2:]}", f"{province}{fullwidth(letter)}·{fullwidth(tail)}",
                 f"{province}{letter}{pick('DF')}{digits(5)}", f"{province}{letter}·{tail[:4]}警"])


def hard_wage():
    m = Msg().t(pick(["再次反映欠薪问题！！！", "农民工讨薪", "求助：包工头跑路了"]) + "\n")
    m.t("包工头").v("name", name()).t(pick(["欠我们十几个人工资", "带着工程款跑了", "一直拖着不给钱"]) + "，")
    m.t("他的电话").v("phone", odd_mobile()).t("已经关机。")
    m.t("老板").v("name", name()).t("说钱早就给了包工头。")
    m.t("我的工资卡").v("bank_card", odd_card()).t(f"，{date()}以后一分钱没进。")
    m.t("身份证").v("id_card", id_number().replace(" ", "-")).t("。")
    m.t("项目在").t(pick(DISTRICTS)).t("，").v("reference", "地铁" + str(R.randint(1, 6)) + "号线").t("旁边的工地。")
    m.t("此致\n敬礼！\n市民：").v("name", name()).t("\n").v("reference", f"{R.randint(2019, 2025)}年{R.randint(1, 12)}月{R.randint(1, 28)}号")
    return m.done("留言板")


def hard_neighbourhood():
    m = Msg().t("关于").t(pick(COMMUNITIES)).t("违建的投诉：小区共有").v("reference", f"{R.randint(8, 40)}栋").t("楼，")
    prefix, tail = odd_address()
    m.t(prefix).v("address", tail).t("的房东").v("name", name()).t(pick(["把房子隔成十几间出租，", "在楼顶加盖了两层，"]))
    m.t("租客的车").v("plate", odd_plate()).t("天天堵消防通道。我家是").v("reference", "两室一厅").t("，住在")
    prefix, tail = odd_address()
    m.t(prefix).v("address", tail).t("，电话").v("phone", pick([odd_mobile, odd_landline])()).t("。")
    m.t("街道办事处（").v("public_address", pick(ROADS) + f"{R.randint(1, 200)}号").t("）说不归他们管，")
    m.t("城管局投诉电话").v("public_phone", "0731-" + pick("2345678") + digits(7)).t("也打了。")
    return m.done("投诉")


def hard_refund():
    m = Msg().t(f"退费投诉：{date()}给孩子报了{pick(['英语', '美术', '游泳'])}班，一次性交了{amount()}，")
    m.t("机构倒闭了。我的退款账户：").t(pick(BANKS)).t("，户名").v("name", name()).t("，账号")
    m.v("bank_card", odd_card()).t("。")
    m.t("机构统一社会信用代码").v("reference", "91430" + digits(5) + "MA" + pick("ABCDEF") + digits(5) + pick("XY0123")).t("，")
    m.t("投诉编号：").v("reference", str(R.randint(2019, 2025)) + digits(10)).t("。")
    m.t("市场监管局说去法院，").v("public_phone", "12315").t("也说没办法。")
    m.t("微信/手机同号").v("phone", odd_mobile()).t("，邮箱").email().t("。")
    return m.done("投诉")


def hard_documents():
    m = Msg().t("出入境问题咨询：")
    m.t(pick(["我爱人", "我女儿", "我儿子"])).v("name", name()).t("的")
    r = R.random()
    if r < 0.35:
        m.t("护照号码：").v("passport", passport().lower()).t("，")
    elif r < 0.7:
        m.t("Passport No. ").v("passport", passport()).t("，")
    else:
        m.t("回乡证号").v("hk_macau_permit", pick("HM") + digits(10)).t("，")
    m.t("港澳通行证").v("hk_macau_permit", permit()).t("过期了，")
    m.t(pick(["坐", "乘"])).v("reference", f"G{R.randint(1, 2999)}次").t("去深圳前能办好吗？")
    m.t("出入境接待大厅地址").v("public_address", pick(ROADS) + f"{R.randint(1, 300)}号").t("，")
    m.t("咨询电话").v("public_phone", "0731-" + pick("2345678") + digits(7)).t("。")
    m.t("联系我：").v("phone", pick([odd_mobile, odd_landline])()).t("。")
    return m.done("市长信箱")


def hard_traffic():
    m = Msg().t(pick(["噪音扰民：", "飙车炸街："]))
    m.t(f"每天凌晨有人骑摩托车和开改装车在").t(pick(ROADS)).t("飙车，车牌")
    m.v("plate", odd_plate()).t("、").v("plate", odd_plate()).t("，")
    m.t("交警大队值班电话").v("public_phone", "0731-" + pick("2345678") + digits(7)).t("说管不了。")
    m.t("我住").t(pick(COMMUNITIES)).v("address", f"{chinese_number(R.randint(1, 30))}栋{chinese_number(R.randint(1, 6))}单元{chinese_digits(str(R.randint(1, 30)) + '0' + str(R.randint(1, 4)))}")
    m.t("，临街。").v("reference", f"{R.randint(2019, 2025)}年{R.randint(1, 12)}月{R.randint(1, 28)}号").t("晚上还报了").v("public_phone", "110").t("。")
    return m.done("交通投诉")


TEMPLATES = [lost_documents, letter_household, letter_neighbour, wage_arrears, refund, traffic, notice, travel_documents, village,
             property_dispute, medical, long_sentence, school, police, email_reply, travel_documents,
             hard_wage, hard_neighbourhood, hard_refund, hard_documents, hard_traffic]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 460
    for i in range(count):
        record = TEMPLATES[i % len(TEMPLATES)]()
        record["id"] = f"pii-{i + 1:03d}"
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
