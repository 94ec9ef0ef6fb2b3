package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.Integrity;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.text.HijackInspector;
import org.yuqing.core.text.InjectedPinyin;
import org.yuqing.core.text.PageSignals;
import org.yuqing.core.text.SpamTitle;

/**
 * Reads a page of a government portal without site-specific rules: a policy page by its metadata table,
 * message boards and comment lists by their repeated items, and any other page that carries an article as a
 * policy, an interpretation or an article ({@link ArticlePage}). A page that is none of these, such as a list
 * page, yields only its links.
 *
 * <p>Every page is checked for signs of hijacking first: hidden link farms are cut out, injected pinyin is
 * stripped from what it yields, and a spam {@code <title>} gives way to the article's heading. What gave the
 * hijack away goes into each document's integrity.
 */
public final class PageExtractor {

    public Extraction extract(Document page, String source, String fetchedAt) {
        List<String> hiddenLinks = HiddenLinkFarm.removeFrom(page);
        PolicyMetadata metadata = PolicyMetadata.of(page);
        Element body = ArticleBody.element(page);
        String heading = heading(page, metadata, body);
        String text = page.body() == null ? "" : page.body().text();
        Integrity integrity = SpamMeta.addTo(
                HijackInspector.inspect(new PageSignals(page.title(), heading, text, hiddenLinks)), page, heading);
        Extraction found = extract(page, source, fetchedAt, metadata, body, pageTitle(page, heading));
        List<RawDocument> cleaned = new ArrayList<>();
        for (RawDocument document : found.documents()) {
            cleaned.add(document.toBuilder()
                    .title(InjectedPinyin.strip(document.title()))
                    .text(InjectedPinyin.strip(document.text()))
                    .integrity(integrity)
                    .build());
        }
        return new Extraction(cleaned, found.links());
    }

    private Extraction extract(Document page, String source, String fetchedAt, PolicyMetadata metadata,
                               Element body, String pageTitle) {
        String url = page.location();
        List<String> links = links(page);
        PageContext context = new PageContext(source, url, fetchedAt, pageTitle, null);

        List<RawDocument> messages = MessageBoard.extract(page, context);
        if (!messages.isEmpty()) {
            return new Extraction(messages, links);
        }
        List<RawDocument> comments = Comments.extract(page, context);
        if (!comments.isEmpty()) {
            return new Extraction(comments, links);
        }
        if (metadata.isPresent()) {
            String text = body == null ? "" : ArticleBody.text(body, pageTitle);
            return new Extraction(List.of(policy(url, source, fetchedAt, metadata, pageTitle, text)), links);
        }
        return new Extraction(ArticlePage.read(page, body, source, fetchedAt, pageTitle).stream().toList(), links);
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

    /** The article's own heading: the metadata table's 标题, else the heading above the body. */
    private static String heading(Document page, PolicyMetadata metadata, Element body) {
        if (metadata.title() != null) {
            return metadata.title();
        }
        Heading.Found found = Heading.of(page, body);
        return found == null ? null : found.text();
    }

    /** The heading, else the {@code <title>} unless spammers wrote it. */
    private static String pageTitle(Document page, String heading) {
        if (heading != null) {
            return heading;
        }
        String title = page.title().strip();
        return title.isEmpty() || SpamTitle.reason(InjectedPinyin.strip(title), null).isPresent() ? null : title;
    }

    private static List<String> links(Document page) {
        Set<String> links = new LinkedHashSet<>();
        for (Element link : page.select("a[href]")) {
            String raw = link.attr("href");
            if (raw.startsWith("javascript:") || raw.startsWith("#") || raw.startsWith("mailto:")) {
                continue;
            }
            String href = link.absUrl("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                int hash = href.indexOf('#');
                links.add(hash >= 0 ? href.substring(0, hash) : href);
            }
        }
        return new ArrayList<>(links);
    }
}
