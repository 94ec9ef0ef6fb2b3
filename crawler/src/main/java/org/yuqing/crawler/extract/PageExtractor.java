package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/**
 * Reads a page of a government portal without site-specific rules: a policy page by its metadata table, an
 * interpretation (解读) by its title, message boards and comment lists by their repeated items. A page that is
 * none of these, such as a list page, yields only its links.
 */
public final class PageExtractor {

    private static final int MIN_ARTICLE_CHARS = 50;

    public Extraction extract(Document page, String source, String fetchedAt) {
        String url = page.location();
        List<String> links = links(page);
        String pageTitle = pageTitle(page);
        PageContext context = new PageContext(source, url, fetchedAt, pageTitle, null);

        List<RawDocument> messages = MessageBoard.extract(page, context);
        if (!messages.isEmpty()) {
            return new Extraction(messages, links);
        }
        List<RawDocument> comments = Comments.extract(page, context);
        if (!comments.isEmpty()) {
            return new Extraction(comments, links);
        }
        PolicyMetadata metadata = PolicyMetadata.of(page);
        String body = ArticleBody.text(page);
        if (metadata.isPresent()) {
            return new Extraction(List.of(policy(url, source, fetchedAt, metadata, pageTitle, body)), links);
        }
        if (pageTitle != null && pageTitle.contains("解读") && body.length() >= MIN_ARTICLE_CHARS) {
            return new Extraction(List.of(interpretation(page, url, source, fetchedAt, pageTitle, body)), links);
        }
        return new Extraction(List.of(), links);
    }

    private static RawDocument policy(String url, String source, String fetchedAt, PolicyMetadata metadata,
                                      String pageTitle, String body) {
        return RawDocument.builder(DocumentIds.forUrl(url), DocumentKind.POLICY)
                .source(source)
                .url(url)
                .title(metadata.title() != null ? metadata.title() : pageTitle)
                .text(body)
                .publishedAt(metadata.publishedAt())
                .fetchedAt(fetchedAt)
                .docNo(metadata.docNo())
                .issuer(metadata.issuer())
                .indexNo(metadata.indexNo())
                .subject(metadata.subject())
                .writtenAt(metadata.writtenAt())
                .build();
    }

    private static RawDocument interpretation(Document page, String url, String source, String fetchedAt,
                                              String pageTitle, String body) {
        return RawDocument.builder(DocumentIds.forUrl(url), DocumentKind.INTERPRETATION)
                .source(source)
                .url(url)
                .title(pageTitle)
                .text(body)
                .publishedAt(ChineseDates.parse(page.select(".date, .time, .info, .pages-date").text()).orElse(null))
                .fetchedAt(fetchedAt)
                .replyTo(interpretedPolicy(page))
                .build();
    }

    /** An interpretation page links to the policy it explains (政策原文 / 相关文件); its id is that page's id. */
    private static String interpretedPolicy(Document page) {
        for (Element link : page.select("a[href]")) {
            String text = link.text();
            if (text.contains("原文") || text.contains("相关文件") || text.contains("政策文件")) {
                return DocumentIds.forUrl(link.absUrl("href"));
            }
        }
        return null;
    }

    private static String pageTitle(Document page) {
        Element heading = page.selectFirst("h1");
        if (heading != null && !heading.text().isBlank()) {
            return heading.text().strip();
        }
        return page.title().isBlank() ? null : page.title().strip();
    }

    private static List<String> links(Document page) {
        Set<String> links = new LinkedHashSet<>();
        for (Element link : page.select("a[href]")) {
            String href = link.absUrl("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                int hash = href.indexOf('#');
                links.add(hash >= 0 ? href.substring(0, hash) : href);
            }
        }
        return new ArrayList<>(links);
    }
}
