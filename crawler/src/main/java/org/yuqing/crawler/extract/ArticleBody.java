package org.yuqing.crawler.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article body of a page, found by text density the way Readability finds it: every paragraph's text
 * (never link text) counts for the block that holds it and half for the block above, so the block with the
 * most prose wins over navigation, link lists and footers. Where that block holds the editor area of a common
 * government content management system (TRS, Hanweb, UCAP) that carries most of its text, the editor area is
 * taken. Its text keeps paragraph breaks, which the clause splitter later relies on, and leaves out what
 * portals print around an article: the heading, the source-and-date line, font-size and share bars, print and
 * close buttons, 附件下载 lists.
 */
public final class ArticleBody {

    /** Editor areas of CMS products used by many government sites: not any one site's template. */
    private static final String CMS_CONTAINERS = "#UCAP-CONTENT, .pages_content, #zoom, #Zoom, .TRS_Editor, "
            + ".TRS_UEDITOR, .trs_editor_view, .TRS_PreAppend, .article-content, .article_content, article";
    private static final double CMS_SHARE = 0.7;

    private static final Set<String> INLINE = Set.of("span", "font", "strong", "b", "em", "i", "u", "a", "sup", "sub",
            "small", "big", "label", "o:p", "st1:chsdate", "nobr");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
            "pre", "blockquote");
    private static final Set<String> BLOCKS = Set.of("p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "section",
            "article", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "dl", "pre", "blockquote", "center", "form",
            "header", "footer", "nav", "aside", "main", "tbody", "br", "hr");
    private static final Set<String> NEVER_TEXT_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "button",
            "select", "input", "textarea", "object", "embed");
    /** Words in the text of chrome, a source-and-date line or a download block. */
    private static final Pattern CHROME_HINT = Pattern.compile(
            "分享|打印|关闭|關閉|字体|字體|字号|字號|扫一扫|掃一掃|上一篇|下一篇|收藏|返回|附件|来源|來源|时间|時間|日期|发布|發布|發佈|作者|编辑|編輯|浏览|瀏覽");
    private static final int SUSPECT_DEPTH = 5;
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(share|bdshare|bdsharebuttonbox|fenxiang|print|dayin|close|fontsize|font-size|zihao|qrcode|erweima|ewm|"
                    + "related|xgxx|xglj|pagination|pager|page-nav|prev-next|sxp|footer|nav|toolbar|tools)([-_\\s]|$)");
    private static final Pattern CHROME_TEXT = Pattern.compile(
            "分享到|打印本页|打印本頁|【打印】|\\[打印]|关闭窗口|關閉窗口|【关闭】|【關閉】|字体[:：]?\\s*[【\\[]?\\s*大|字體[:：]?\\s*[【\\[]?\\s*大|"
                    + "字号[:：]?\\s*大|扫一扫|掃一掃|上一篇|下一篇|【字体|【字體|收藏本页|返回顶部|返回頂部");
    private static final int SHORT = 160;
    /** Prose has commas and full stops; label-and-value lines (索引号：…, 发布时间：…) and link-like lines do not. */
    private static final Pattern PROSE = Pattern.compile("[，。；、,;]");
    private static final double LABEL_WEIGHT = 0.3;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");

    private ArticleBody() {
    }

    /** The text of the page's article, or empty when it has none. */
    public static String text(Document page) {
        Element body = element(page);
        return body == null ? "" : text(body, null);
    }

    /** The block that holds the article's paragraphs; null when the page has no prose at all. */
    public static Element element(Document page) {
        if (page.body() == null) {
            return null;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideLinkOrScript(text)) {
                String whole = text.getWholeText();
                int chars = letters(whole);
                if (chars > 0) {
                    credit(scores, paragraphOf(text), PROSE.matcher(whole).find() ? chars : LABEL_WEIGHT * chars);
                }
            }
        }, page.body());
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best == null ? null : narrowToEditor(best);
    }

    /** The text of a block with its paragraph breaks; {@code heading} (may be null) is left out if repeated there. */
    public static String text(Element body, String heading) {
        Set<Element> suspects = suspects(body, heading);
        StringBuilder out = new StringBuilder();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    if (node != body && isChrome(e, heading, suspects)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(e.tagName())) {
                        out.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.tagName().equals("td") || e.tagName().equals("th")) {
                        out.append(' ');
                    } else if (BLOCKS.contains(e.tagName())) {
                        out.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                text.append(stripped).append('\n');
            }
        }
        return text.toString().strip();
    }

    /**
     * The elements whose text may make them chrome: the few around a text that has one of the markers (分享, 打印,
     * 来源, 附件, the heading…). Only these are read in full, so that a long page costs one pass, not one per element.
     */
    private static Set<Element> suspects(Element body, String heading) {
        String headingStart = heading == null || heading.length() < 4 ? null : heading.substring(0, 4);
        Set<Element> suspects = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                String t = text.getWholeText();
                if (CHROME_HINT.matcher(t).find() || headingStart != null && t.contains(headingStart)) {
                    Element e = text.parent();
                    for (int up = 0; e != null && up < SUSPECT_DEPTH; up++, e = e.parent()) {
                        suspects.add(e);
                    }
                }
            }
        }, body);
        return suspects;
    }

    /** The text of a block with its paragraph breaks, as a source file's selector picked it. */
    public static String paragraphs(Element body) {
        return text(body, null);
    }

    private static boolean isChrome(Element element, String heading, Set<Element> suspects) {
        if (NEVER_TEXT_TAGS.contains(element.tagName())) {
            return true;
        }
        if ((element.hasAttr("class") || element.hasAttr("id"))
                && CHROME_CLASS.matcher(element.className() + " " + element.id()).find()) {
            return true;
        }
        if (!suspects.contains(element)) {
            return false;
        }
        if (Attachments.isDownloadBlock(element)) {
            return true;
        }
        String text = ShortText.of(element, SHORT);
        if (text == null || text.isBlank() || text.contains("。")) {
            return false;
        }
        String bare = SPACES.matcher(text).replaceAll("");
        if (heading != null && Heading.clean(text).equals(heading)) {
            return true;
        }
        return CHROME_TEXT.matcher(bare).find() || PortalLines.isOwnLine(text);
    }

    /** Where a run of text belongs: the nearest block above it, through inline elements. */
    private static Element paragraphOf(TextNode text) {
        Element e = text.parentNode() instanceof Element parent ? parent : null;
        while (e != null && INLINE.contains(e.tagName()) && e.parent() != null) {
            e = e.parent();
        }
        return e;
    }

    /** A paragraph's letters count for its container and half for the container's parent. */
    private static void credit(Map<Element, Double> scores, Element paragraph, double chars) {
        if (paragraph == null) {
            return;
        }
        Element container = PARAGRAPHS.contains(paragraph.tagName()) ? paragraph.parent() : paragraph;
        if (container == null || container.tagName().equals("body") || container.tagName().equals("html")) {
            return;
        }
        scores.merge(container, chars, Double::sum);
        Element above = container.parent();
        if (above != null && !above.tagName().equals("body") && !above.tagName().equals("html")) {
            scores.merge(above, chars / 2.0, Double::sum);
        }
    }

    private static Element narrowToEditor(Element block) {
        int all = letters(block.text());
        Elements editors = block.select(CMS_CONTAINERS);
        if (editors.size() == 1 && editors.get(0) != block && letters(editors.get(0).text()) >= CMS_SHARE * all) {
            return editors.get(0);
        }
        return block;
    }

    private static boolean insideLinkOrScript(TextNode text) {
        for (Node n = text.parentNode(); n instanceof Element e; n = e.parentNode()) {
            String tag = e.tagName();
            if (tag.equals("a") || tag.equals("script") || tag.equals("style") || tag.equals("noscript")
                    || tag.equals("option") || tag.equals("button")) {
                return true;
            }
            if (tag.equals("body")) {
                return false;
            }
        }
        return false;
    }

    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
