package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/** Public comments under a page (征求意见, news comments): one document each, with likes where shown. */
final class Comments {

    private static final String ITEMS = ".comment, .comment-item, .pl-item";

    private Comments() {
    }

    static List<RawDocument> extract(Document page, PageContext context) {
        List<RawDocument> documents = new ArrayList<>();
        int position = 0;
        for (Element item : page.select(ITEMS)) {
            position++;
            Element body = item.selectFirst(".text, .content, p");
            if (body == null) {
                continue;
            }
            String nativeId = item.hasAttr("data-id") ? item.attr("data-id") : context.url() + "#" + position;
            documents.add(RawDocument.builder(DocumentIds.forNativeId(context.source(), nativeId), DocumentKind.COMMENT)
                    .source(context.source())
                    .url(context.url() + "#" + nativeId)
                    .title(context.pageTitle())
                    .text(body.text().strip())
                    .author(MessageBoard.textOf(item.selectFirst(".user, .author")))
                    .publishedAt(ChineseDates.parse(MessageBoard.textOf(item.selectFirst(".time, .date"))).orElse(null))
                    .likes(Labels.count(MessageBoard.textOf(item.selectFirst(".likes, .zan"))))
                    .replyTo(context.replyTo())
                    .fetchedAt(context.fetchedAt())
                    .build());
        }
        return documents;
    }
}
