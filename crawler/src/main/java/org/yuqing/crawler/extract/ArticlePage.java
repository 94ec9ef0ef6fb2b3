package org.yuqing.crawler.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.text.InjectedPinyin;

/**
 * Any page that carries an article, read without site rules: reposts, news, notices, interpretations. The body
 * by text density, the heading above it, the source and date from the line portals print between them, the
 * kind from what the text is (see {@link ArticleKind}). A page whose prose is mostly links, such as a list page,
 * carries none.
 */
final class ArticlePage {

    /** Fewer letters of prose than this is a caption or a stub, not an article. */
    private static final int MIN_LETTERS = 50;
    /** A block whose letters are mostly link text is a list of links. */
    private static final double MAX_LINK_SHARE = 0.5;
    private static final int MAX_LINE = 200;
    private static final int LINE_DEPTH = 4;
    private static final java.util.regex.Pattern LABEL_HINT = java.util.regex.Pattern.compile(
            "来源|來源|时间|時間|日期|发布|發布|發佈|机构|機構|单位|單位");

    private ArticlePage() {
    }

    /** The article of a page whose densest block is {@code body} (see {@link ArticleBody#element}). */
    static Optional<RawDocument> read(Document page, Element body, String source, String fetchedAt,
                                      String fallbackTitle) {
        if (body == null) {
            return Optional.empty();
        }
        int letters = ArticleBody.letters(body.text());
        int linkLetters = ArticleBody.letters(body.select("a").text());
        Heading.Found heading = Heading.of(page, body);
        String title = heading != null ? heading.text() : fallbackTitle;
        String text = InjectedPinyin.strip(ArticleBody.text(body, title));
        if (ArticleBody.letters(text) < MIN_LETTERS || linkLetters > MAX_LINK_SHARE * letters) {
            return Optional.empty();
        }
        List<String> lines = Arrays.asList(text.split("\n"));
        Element portalLine = portalLine(page, heading == null ? null : heading.element(), body);
        PortalLines portal = portalLine == null ? PortalLines.NONE : PortalLines.of(portalLine.text());
        Element area = body.parent() == null ? body : body.parent();
        ArticleKind.Verdict verdict = ArticleKind.of(title, lines, portalLine == null ? null : portalLine.text(), area);
        String url = page.location();
        return Optional.of(RawDocument.builder(DocumentIds.forUrl(url), verdict.kind())
                .source(source)
                .url(url)
                .title(title)
                .text(text)
                .publishedAt(portal.publishedAt() != null ? portal.publishedAt() : metaDate(page))
                .author(portal.source() != null ? InjectedPinyin.strip(portal.source()) : meta(page, "ContentSource"))
                .fetchedAt(fetchedAt)
                .docNo(verdict.docNo())
                .issuer(verdict.issuer())
                .replyTo(verdict.kind() == org.yuqing.core.document.DocumentKind.INTERPRETATION ? interpretedPolicy(page) : null)
                .attachments(Attachments.in(area))
                .build());
    }

    /**
     * The source-and-date line: the first one after the heading (it sits between heading and body, or under the
     * body on some portals), else the last one above it. Its outermost element, so that a date and a source in
     * two spans are read together.
     */
    private static Element portalLine(Document page, Element heading, Element body) {
        boolean[] afterHeading = {heading == null};
        Element[] lastBefore = {null};
        Element[] found = {null};
        page.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == heading) {
                    afterHeading[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && LABEL_HINT.matcher(text.getWholeText()).find()) {
                    Element line = outermostLine(text);
                    if (line != null && afterHeading[0]) {
                        found[0] = line;
                        return FilterResult.STOP;
                    }
                    if (line != null) {
                        lastBefore[0] = line;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0] != null ? found[0] : lastBefore[0];
    }

    /** The largest element around a text that is a source-and-date line and nothing more, if any. */
    private static Element outermostLine(TextNode text) {
        Element line = null;
        Element e = text.parent();
        for (int up = 0; e != null && up < LINE_DEPTH && !e.tagName().equals("body"); up++, e = e.parent()) {
            String t = ShortText.of(e, MAX_LINE);
            if (t == null) {
                break;
            }
            if (PortalLines.isOwnLine(t)) {
                line = e;
            }
        }
        return line == null || isFooter(line) ? null : line;
    }

    private static boolean isFooter(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String name = (e.className() + " " + e.id()).toLowerCase();
            if (e.tagName().equals("footer") || name.contains("footer") || name.contains("foot") || name.contains("copyright")) {
                return true;
            }
        }
        return false;
    }

    private static String metaDate(Document page) {
        for (String name : List.of("PubDate", "pubdate", "publishdate", "firstpublishedtime")) {
            String value = meta(page, name);
            if (value != null) {
                Optional<String> date = ChineseDates.parse(value);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return ChineseDates.parse(page.select(".date, .time, .info, .pages-date").text()).orElse(null);
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[name=" + name + "]");
        String value = meta == null ? "" : meta.attr("content").strip();
        return value.isEmpty() ? null : value;
    }

    /** An interpretation links to the policy it explains (政策原文 / 相关文件); its id is that page's id. */
    static String interpretedPolicy(Document page) {
        for (Element link : page.select("a[href]")) {
            String text = link.text();
            if (text.contains("原文") || text.contains("相关文件") || text.contains("政策文件")) {
                return DocumentIds.forUrl(link.absUrl("href"));
            }
        }
        return null;
    }
}
