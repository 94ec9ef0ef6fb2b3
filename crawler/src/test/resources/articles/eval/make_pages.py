#!/usr/bin/env python3
"""Builds the evaluation pages: real State Council documents (www.gov.cn, from ../shared/data/govcn_policy_pages)
reposted on sixteen government sites, each page set in its site's layout (content container, title element, source
and date line as the RSSHub routes for these sites read them; the chrome around them in these portals' common style).
Writes <site>/<n>.html and truth.jsonl. Run from this folder: python3 make_pages.py /work/shared/data/govcn_policy_pages
The truth (title, date, source, kind, doc_no, issuer, body) comes from the gov.cn page's own metadata table and
content area and from the repost line this script prints; see README.md for how it was checked."""
import html, json, os, random, re, sys

SRC = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('--') else '../../../../../../../shared/data/govcn_policy_pages'
MAX_BODY = 5200          # characters of body text: keeps the pages small; longer documents are left out
rng = random.Random(17)

def cell(s, label):
    m = re.search(r'<b>' + label + r'[：:]?</b></td>\s*<td[^>]*>(.*?)</td>', s, re.S)
    return html.unescape(re.sub('<[^>]+>', '', m.group(1))).strip() if m else None

def paragraphs(s):
    """The content area's paragraphs as (text, align), whitespace collapsed, empty ones dropped."""
    i = s.find('id="UCAP-CONTENT"')
    j = s.find('</td>', i)
    area = s[i:j]
    out = []
    for m in re.finditer(r'<p([^>]*)>(.*?)</p>', area, re.S):
        text = html.unescape(re.sub(r'<[^>]+>', '', m.group(2)))
        text = re.sub(r'[\s\u00a0]+', ' ', text).strip()
        if not text:
            continue
        attrs = m.group(1)
        align = 'center' if 'center' in attrs else 'right' if 'right' in attrs else ''
        if align == 'center':  # title lines are letter-spaced (几 个 问 题); signatures keep the space between two names
            text = re.sub(r'(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])', '', text)
        out.append((text, align))
    return out

def docs():
    rows = [json.loads(l) for l in open(os.path.join(SRC, 'index.jsonl'), encoding='utf-8')]
    out = []
    for r in rows:
        s = open(os.path.join(SRC, r['file']), encoding='utf-8').read()
        ps = paragraphs(s)
        title = cell(s, '标　　题') or cell(s, '标 题') or r['title']
        body_len = sum(len(t) for t, _ in ps)
        if not ps or body_len > MAX_BODY:
            continue
        day = re.match(r'(\d{4})年(\d{2})月(\d{2})日', cell(s, '发布日期'))
        out.append(dict(file=r['file'], url=r['crawl_url'], title=re.sub(r'\s+', '', r['title']),
                        doc_no=cell(s, '发文字号'), issuer=cell(s, '发文机关'), published=day.groups(), paras=ps))
    return out

# --- the sites: name, level, host, and how each prints a page -------------------------------------------------
def chrome(site, nav, crumb):
    head = (f'<div class="header"><div class="logo"><h1><a href="/">{site}</a></h1></div>'
            f'<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>'
            '<div class="nav"><ul>' + ''.join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav)) + '</ul></div>'
            f'<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gwywj/">{crumb}</a></div>')
    foot = (f'<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>'
            f'<p>主办单位：{site}　版权所有　网站标识码：{rng.randint(1000000000, 9999999999)}</p>'
            f'<p>ICP备案号：{rng.choice(["粤", "京", "渝", "黔", "皖", "川", "琼", "赣"])}ICP备{rng.randint(10000000, 99999999)}号　'
            f'联系电话：0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}</p></div>')
    return head, foot

def related(n=5):
    return ('<div class="related"><h3>相关文章</h3><ul>' + ''.join(
        f'<li><a href="/zwgk/{rng.randint(100000, 999999)}.html">关于做好{t}工作的通知</a><span>2019-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</span></li>'
        for t in rng.sample(['安全生产', '防汛抗旱', '春运', '就业创业', '政务公开', '疫苗接种', '秋季开学', '节日值班'], n)) + '</ul></div>')

def share():
    return ('<div class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div>'
            '<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>')

def body_html(paras, keep_title):
    ps = paras if keep_title else drop_title(paras)
    return ''.join(f'<p style="text-align:{a}">{html.escape(t)}</p>' if a else f'<p>{html.escape(t)}</p>' for t, a in ps)

def drop_title(paras):
    """Reposts that start at the document number leave out the title lines the gov.cn content area repeats."""
    for i, (t, _) in enumerate(paras[:5]):
        if re.search(r'〔\d{4}〕\d+号|^第\d+号', t):
            return paras[i:]
    return paras

SITES = []
def site(host, name, level, keep_title, charset='utf-8'):
    def wrap(f):
        SITES.append(dict(host=host, name=name, level=level, page=f, keep_title=keep_title, charset=charset))
        return f
    return wrap

def doc(head, foot, title_html, meta, info, body, after='', charset='utf-8', page_title=''):
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{page_title}</title>{meta}</head><body>'
            f'{head}<div class="main"><div class="main-left">{title_html}{info}{body}{after}</div>'
            f'<div class="main-right">{related()}</div></div>{foot}</body></html>')

@site('www.gd.gov.cn', '广东省人民政府', 'province', True)
def gd(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '要闻动态', '政务公开', '政务服务', '互动交流', '走进广东'], '国务院文件')
    return doc(h, f, f'<div class="zw-title">{t}</div>', '',
               f'<div class="zw-info"><span class="time">时间：{date}</span>　<span class="source">来源：{src}</span>'
               '　<span class="fontsize">【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>',
               f'<div class="zw">{body}</div>', share(), page_title=f'{t}_国务院文件_广东省人民政府门户网站')

@site('edu.gd.gov.cn', '广东省教育厅', 'department', False)
def edu_gd(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '教育资讯', '政务公开', '政务服务', '互动交流'], '上级文件')
    return doc(h, f, f'<h3 class="title">{t}</h3>', '',
               f'<div class="message"><span class="source">来源：{src}</span>　<span class="time">时间：{date}</span></div>',
               f'<div class="article">{body}</div>', share(), page_title=f'{t}-广东省教育厅')

@site('szeb.sz.gov.cn', '深圳市教育局', 'department', False, 'gb2312')
def szeb(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '政务公开', '办事服务', '互动交流', '教育资讯'], '通知公告')
    return doc(h, f, f'<div class="tit"><h1>{t}</h1></div>', '',
               f'<div class="tit_sm"><span>信息来源：{src}</span>　<span>日期：{date}</span>　<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>',
               f'<div class="news_cont_d_wrap">{body}</div>', share(), charset='gb2312', page_title=f'深圳市教育局-{t}')

@site('jw.beijing.gov.cn', '北京市教育委员会', 'department', True)
def jw_bj(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '机构职能', '政务公开', '政务服务', '互动交流'], '上级文件')
    return doc(h, f, f'<div class="header_con"><div class="title">{t}</div>',
               f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date}"><meta name="ContentSource" content="{src}">',
               f'<div class="con_time"><span>发布日期：{date}</span>　<span>来源：{src}</span></div></div>',
               f'<div class="article"><div class="TRS_UEDITOR TRS_WEB">{body}</div></div>', share(), page_title=f'{t}_北京市教育委员会')

@site('gzw.cq.gov.cn', '重庆市国有资产监督管理委员会', 'department', False)
def gzw_cq(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '国资要闻', '政务公开', '国企改革', '党建工作'], '国家政策')
    return doc(h, f, f'<div class="zwxl-title"><p class="tit">{t}</p></div>',
               f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date}"><meta name="ContentSource" content="{src}">',
               f'<div class="zwxl-bar"><span>日期：{date}</span>　<span>来源：{src}</span>　<span>【字体：大 中 小】</span></div>',
               f'<div class="zwxl-article"><div class="trs_paper_default">{body}</div></div>', share(), page_title=f'{t}_重庆市国有资产监督管理委员会')

@site('jyt.guizhou.gov.cn', '贵州省教育厅', 'department', True)
def jyt_gz(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '教育要闻', '政务公开', '政务服务', '互动交流'], '通知公告')
    return doc(h, f, f'<div class="Article_bt">{t}</div>', f'<meta name="PubDate" content="{date}">',
               f'<div class="Article_xx"><span>发布时间：{date}</span>　<span>信息来源：{src}</span>　<span>浏览次数：<b>{rng.randint(100, 9999)}</b></span></div>',
               f'<div class="Article_zw"><div class="trs_editor_view TRS_UEDITOR">{body}</div></div>', share(), page_title=f'{t}_贵州省教育厅')

@site('kjt.ah.gov.cn', '安徽省科学技术厅', 'department', False)
def kjt_ah(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '科技资讯', '政务公开', '政务服务', '科技资源'], '重要转载')
    return doc(h, f, f'<h1 class="wztit">{t}</h1>', f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date}">',
               f'<div class="wzbjxx"><span>发布时间：{date}</span>　<span>来源：{src}</span>　<span class="fontsize">字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>',
               f'<div class="wzcon j-fontContent">{body}</div>', share(), page_title=f'{t}_安徽省科学技术厅')

@site('www.chengdu.gov.cn', '成都市人民政府', 'city', True)
def chengdu(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '政务公开', '政务服务', '互动交流', '数据开放'], '国务院文件')
    return doc(h, f, f'<div class="detail_title">{t}</div>', f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date}">',
               f'<div class="detail_info">来源：{src}　发布时间：{date}</div>',
               f'<div class="detail_content">{body}</div>', share(), page_title=f'{t} - 成都市人民政府门户网站')

@site('www.dianbai.gov.cn', '茂名市电白区人民政府', 'district', False)
def dianbai(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '走进电白', '政务公开', '政务服务', '政民互动'], '上级文件')
    return doc(h, f, f'<div class="content_title">{t}</div>', '',
               f'<div class="content_info">来源：{src}　发布时间：<publishtime>{date}</publishtime></div>',
               f'<div class="content_text"><div id="zoomcon">{body}</div></div>', share(), page_title=f'茂名市电白区人民政府网-{t}')

@site('zyk.bjhd.gov.cn', '北京市海淀区人民政府', 'district', True)
def bjhd(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '要闻动态', '政务公开', '政务服务', '互动交流'], '上级文件')
    return doc(h, f, f'<h2 class="title">{t}</h2>', f'<meta name="PubDate" content="{date}"><meta name="ContentSource" content="{src}">',
               f'<div class="info">发布时间 {date}　　来源 {src}</div>',
               f'<div id="mainText">{body}</div>', share(), page_title=f'{t}--北京市海淀区人民政府')

@site('iitb.hainan.gov.cn', '海南省工业和信息化厅', 'department', False)
def iitb_hn(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '工信动态', '政务公开', '政务服务', '互动交流'], '通知公告')
    return doc(h, f, f'<div class="con_title">{t}</div>', '',
               f'<div class="con_xx">发布机构：<span id="xxgkfbjg">{src}</span>　发布时间：<publishtime>{date}</publishtime></div>',
               f'<div class="con_nr"><ucapcontent>{body}</ucapcontent></div>', share(), page_title=f'海南省工业和信息化厅')

@site('sthjt.jiangxi.gov.cn', '江西省生态环境厅', 'department', True, 'gb2312')
def sthjt_jx(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '环保要闻', '政务公开', '政务服务', '互动交流'], '政策法规')
    return doc(h, f, f'<div class="jgzn_title"><h1>{t}</h1></div>', '',
               f'<div class="jgzn_info">信息来源：{src} | 发布日期：{date} | 浏览次数：<script>document.write(1024)</script></div>',
               f'<div class="jgzn_content">{body}</div>', share(), charset='gb2312', page_title=f'江西省生态环境厅')

@site('www.miit.gov.cn', '工业和信息化部', 'department', False)
def miit(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '新闻动态', '政务公开', '政务服务', '互动交流'], '国务院文件')
    return doc(h, f, f'<h1 id="con_title">{t}</h1>',
               f'<meta name="SiteName" content="中华人民共和国工业和信息化部"><meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date}"><meta name="ContentSource" content="{src}">',
               f'<div class="cinfo center"><span id="con_time">发布时间：{date}</span>　<span>来源：{src}</span></div>',
               f'<div class="ccontent center" id="con_con">{body}</div>', share(), page_title=f'{t}')

@site('www.huizhou.gov.cn', '惠州市人民政府', 'city', True)
def huizhou(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '政务公开', '政务服务', '政民互动', '魅力惠州'], '上级文件')
    return doc(h, f, f'<h1 class="title document-number">{t}</h1>', '',
               f'<div class="info"><span>时间 : {date}</span>　<span>来源 : {src}</span></div>',
               f'<div class="article-content">{body}</div>', share(), page_title=f'{t}-惠州市人民政府门户网站')

@site('www.maonan.gov.cn', '茂名市茂南区人民政府', 'district', False)
def maonan(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '走进茂南', '政务公开', '政务服务', '政民互动'], '上级文件')
    return doc(h, f, f'<div class="content"><h1>{t}</h1>', '',
               f'<p class="time">发布日期：{date}　　信息来源：{src}</p>',
               f'<div class="article-content">{body}</div></div>', share(), page_title=f'茂南区人民政府-{t}')

@site('www.mz.gov.cn', '绵竹市人民政府', 'district', True)
def mianzhu(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '走进绵竹', '政务公开', '政务服务', '互动交流'], '上级文件')
    return doc(h, f, f'<table class="info_table" width="100%"><tr><td class="info_title" align="center"><font size="5"><b>{t}</b></font></td></tr>',
               '', f'<tr><td align="center" class="info_date">【发布日期：{date}】【来源：{src}】【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr></table>',
               f'<table width="100%"><tr><td class="info_content"><div id="Zoom">{body}</div></td></tr></table>', share(), page_title=f'绵竹市人民政府')

# Sites added after the extractor was frozen (commit noted in README.md) and scored once: the held-out part.
HELDOUT = []
def heldout(host, name, level, keep_title, charset='utf-8'):
    def wrap(f):
        HELDOUT.append(dict(host=host, name=name, level=level, page=f, keep_title=keep_title, charset=charset))
        return f
    return wrap

@heldout('fg.suzhou.gov.cn', '苏州市发展和改革委员会', 'department', True)
def fg_suzhou(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '机构概况', '政务公开', '政务服务', '互动交流'], '上级文件')
    return doc(h, f, f'<div class="article-title"><ucaptitle>{t}</ucaptitle></div>',
               f'<meta name="SiteName" content="{s["name"]}"><meta name="PubDate" content="{date}">',
               f'<div class="article-info"><span class="ly">来源：<b>{src}</b></span>　<span class="time">发布时间：{date}</span></div>',
               f'<div class="article-con"><ucapcontent>{body}</ucapcontent></div>', share(), page_title=f'{t}_{s["name"]}')

@heldout('www.mem.gov.cn', '应急管理部', 'department', False)
def mem(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '新闻', '政务公开', '政务服务', '互动交流'], '国务院文件')
    return doc(h, f, f'<div class="detail_title"><h2>{t}</h2></div>',
               f'<meta name="ArticleTitle" content="{t}"><meta name="ContentSource" content="{src}"><meta name="ColumnName" content="国务院文件"><meta name="PubDate" content="{date}">',
               f'<div class="detail_laiyuan"><span>来源：{src}</span>　<span>{date}</span></div>',
               f'<div class="detail_content"><div class="TRS_Editor">{body}</div></div>', share(), page_title=f'{t}_应急管理部')

@heldout('www.nea.gov.cn', '国家能源局', 'department', True, 'gb2312')
def nea(t, date, src, body, s):
    h, f = chrome(s['name'], ['首页', '机构设置', '政务公开', '能源要闻', '互动交流'], '国务院文件')
    return doc(h, f, f'<div class="article-titie"><h1 class="titles">{t}</h1></div>',
               f'<meta name="SiteName" content="国家能源局"><meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{date}">',
               f'<div class="author-box"><span>发布时间：{date}</span>　<span>来源：{src}</span></div>',
               f'<div class="article-box"><span id="detailContent">{body}</span></div>', share(), charset='gb2312', page_title=f'国家能源局')

SOURCES = ['中国政府网', '国务院办公厅', '中国政府网', '本网']

# Hijacked sites: pinyin injected after characters (single, doubled, inside the document's own brackets) and a
# gambling <title>, as on the hijacked pages issue 17 describes. The truth stays the clean text.
HIJACKED = {'www.dianbai.gov.cn', 'www.mz.gov.cn', 'kjt.ah.gov.cn'}
READINGS = dict(政='zheng', 府='fu', 务='wu', 国='guo', 院='yuan', 发='fa', 工='gong', 作='zuo', 理='li', 管='guan',
                办='ban', 通='tong', 知='zhi', 见='jian', 意='yi', 部='bu', 门='men', 人='ren', 民='min', 省='sheng',
                市='shi', 区='qu', 建='jian', 设='she', 展='zhan', 全='quan', 业='ye', 进='jin', 安='an', 公='gong',
                开='kai', 和='he', 中='zhong', 于='yu', 件='jian', 附='fu', 策='ce', 规='gui', 制='zhi', 度='du')
SPAM_TITLES = ['澳门葡京娱乐场_真人百家乐在线开户送彩金', '皇冠体育投注官网_手机版下载', '午夜福利视频在线观看_高清无码']

def inject(text, every=9):
    out, n = [], 0
    for ch in text:
        out.append(ch)
        if ch in READINGS:
            n += 1
            if n % every == 0:
                out.append(f'({READINGS[ch]})' * (2 if n % (every * 3) == 0 else 1))
    return ''.join(out)

def date_string(y, m, d, style):
    return {0: f'{y}-{m:02d}-{d:02d}', 1: f'{y}年{m:02d}月{d:02d}日', 2: f'{y}-{m:02d}-{d:02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}',
            3: f'{y}/{m:02d}/{d:02d}'}[style]

def iso(date):
    m = re.match(r'(\d{4})\D(\d{2})\D(\d{2})\D?(?:\s*(\d{2}):(\d{2}))?', date)
    y, mo, d, hh, mm = m.groups()
    return f'{y}-{mo}-{d}' if hh is None else f'{y}-{mo}-{d}T{hh}:{mm}:00+08:00'

def main():
    import datetime
    global rng
    held_out = '--heldout' in sys.argv
    sites = HELDOUT if held_out else SITES
    folder = 'heldout/' if held_out else ''
    if held_out:
        rng = random.Random(1717)
    ds = docs()
    truth = []
    per_site = 4
    order = list(range(len(ds)))
    rng.shuffle(order)
    k = 0
    for si, s in enumerate(sites):
        os.makedirs(folder + s['host'], exist_ok=True)
        for n in range(per_site):
            d = ds[order[k % len(ds)]]
            k += 1
            y, mo, da = map(int, d['published'])
            day = datetime.date(y, mo, da) + datetime.timedelta(days=rng.randint(1, 12))
            date = date_string(day.year, day.month, day.day, rng.choice([0, 0, 1, 2, 3]))
            src = rng.choice(SOURCES)
            shown_src = s['name'] if src == '本网' else src
            paras = d['paras'] if s['keep_title'] else drop_title(d['paras'])
            hijacked = s['host'] in HIJACKED
            shown = [(inject(t), a) for t, a in paras] if hijacked else paras
            page = s['page'](inject(d['title'], 7) if hijacked else d['title'], date, shown_src, body_html(shown, True), s)
            if hijacked:
                page = re.sub(r'<title>.*?</title>', f'<title>{rng.choice(SPAM_TITLES)}</title>', page, count=1)
            name = f'{folder}{s["host"]}/{n + 1}.html'
            with open(name, 'wb') as out:
                out.write(page.encode('gb18030' if s['charset'] == 'gb2312' else 'utf-8'))
            truth.append(dict(page=name, site=s['host'], site_name=s['name'], level=s['level'], original=d['url'],
                              title=d['title'], published_at=iso(date), source=shown_src, kind='policy',
                              doc_no=d['doc_no'], issuer=d['issuer'], hijacked=hijacked,
                              body='\n'.join(t for t, _ in paras)))
    with open(folder + 'truth.jsonl', 'w', encoding='utf-8') as out:
        for t in truth:
            out.write(json.dumps(t, ensure_ascii=False) + '\n')
    print(len(truth), 'pages on', len(sites), 'sites from', len(ds), 'documents')

main()
