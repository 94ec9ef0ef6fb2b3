package org.yuqing.crawler.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.text.HijackInspector;
import org.yuqing.core.text.InjectedPinyin;
import org.yuqing.core.text.PageSignals;
import org.yuqing.crawler.extract.ArticleBody;
import org.yuqing.crawler.extract.ChineseDates;
import org.yuqing.crawler.extract.Extraction;

/**
 * Applies a source's rules to what the generic extractor found on a page: a list page gives only the links its
 * rule selects; a document page gets its rule's kind, and its selectors win over the generic reading.
 */
public final class SourceRules {

    private SourceRules() {
    }

    public static Extraction apply(Source source, Document page, Extraction generic, String fetchedAt) {
        String url = page.location();
        List<String> links = source.listPageRule(url).map(rule -> links(page, rule)).orElse(generic.links());
        List<RawDocument> documents = source.pageRule(url)
                .map(rule -> documents(source, page, rule, generic.documents(), fetchedAt))
                .orElse(generic.documents());
        return new Extraction(documents, links);
    }

    private static List<String> links(Document page, ListPageRule rule) {
        if (rule.links() == null && rule.next() == null) {
            return allLinks(page.body());
        }
        Set<String> links = new LinkedHashSet<>();
        for (String selector : new String[] {rule.links(), rule.next()}) {
            if (selector != null) {
                for (Element element : page.select(selector)) {
                    links.addAll(allLinks(element));
                }
            }
        }
        return new ArrayList<>(links);
    }

    /** The element itself if it is a link, else the links inside it. */
    private static List<String> allLinks(Element element) {
        List<String> links = new ArrayList<>();
        if (element == null) {
            return links;
        }
        for (Element a : element.is("a[href]") ? List.of(element) : element.select("a[href]")) {
            String href = a.absUrl("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                int hash = href.indexOf('#');
                links.add(hash >= 0 ? href.substring(0, hash) : href);
            }
        }
        return links;
    }

    private static List<RawDocument> documents(Source source, Document page, PageRule rule, List<RawDocument> found,
                                               String fetchedAt) {
        if (found.isEmpty()) {
            RawDocument fromSelectors = fromSelectors(source, page, rule, fetchedAt);
            return fromSelectors == null ? List.of() : List.of(fromSelectors);
        }
        List<RawDocument> documents = new ArrayList<>();
        for (RawDocument document : found) {
            if (isArticle(document)) {
                RawDocument.Builder builder = copy(document, RawDocument.builder(document.id(), rule.kind()));
                documents.add(override(builder, page, rule.selectors()).build());
            } else {
                documents.add(document);
            }
        }
        return documents;
    }

    private static boolean isArticle(RawDocument document) {
        return document.kind() == DocumentKind.POLICY || document.kind() == DocumentKind.INTERPRETATION;
    }

    /** Everything but id and kind, which a builder is made with. */
    private static RawDocument.Builder copy(RawDocument d, RawDocument.Builder b) {
        return b.source(d.source()).url(d.url()).title(d.title()).text(d.text()).publishedAt(d.publishedAt())
                .fetchedAt(d.fetchedAt()).author(d.author()).region(d.region()).likes(d.likes()).reposts(d.reposts())
                .replyTo(d.replyTo()).docNo(d.docNo()).issuer(d.issuer()).indexNo(d.indexNo()).subject(d.subject())
                .writtenAt(d.writtenAt()).fingerprint(d.fingerprint()).integrity(d.integrity())
                .httpStatus(d.httpStatus());
    }

    /** A page the generic reading found nothing on, such as a news article: read by the rule's selectors alone. */
    private static RawDocument fromSelectors(Source source, Document page, PageRule rule, String fetchedAt) {
        String heading = page.selectFirst("h1") == null ? null : page.selectFirst("h1").text();
        RawDocument.Builder builder = RawDocument.builder(DocumentIds.forUrl(page.location()), rule.kind())
                .source(source.name()).url(page.location()).fetchedAt(fetchedAt)
                .title(heading != null ? heading : page.title());
        RawDocument document = override(builder, page, rule.selectors()).build();
        if (document.text() == null || document.text().isBlank()) {
            return null;
        }
        String title = InjectedPinyin.strip(document.title());
        return document.toBuilder().title(title).text(InjectedPinyin.strip(document.text()))
                .integrity(HijackInspector.inspect(new PageSignals(page.title(), title, document.text(), List.of())))
                .build();
    }

    private static RawDocument.Builder override(RawDocument.Builder builder, Document page, Map<String, String> selectors) {
        selectors.forEach((field, selector) -> {
            Element element = page.selectFirst(selector);
            if (element == null || element.text().isBlank()) {
                return;
            }
            String value = InjectedPinyin.strip(field.equals("text") ? ArticleBody.paragraphs(element) : element.text().strip());
            switch (field) {
                case "title" -> builder.title(value);
                case "text" -> builder.text(value);
                case "published_at" -> builder.publishedAt(ChineseDates.parse(value).orElse(null));
                case "written_at" -> builder.writtenAt(ChineseDates.parse(value).orElse(null));
                case "doc_no" -> builder.docNo(value);
                case "issuer" -> builder.issuer(value);
                case "index_no" -> builder.indexNo(value);
                case "subject" -> builder.subject(value);
                default -> throw new IllegalStateException("no field " + field);
            }
        });
        return builder;
    }
}
