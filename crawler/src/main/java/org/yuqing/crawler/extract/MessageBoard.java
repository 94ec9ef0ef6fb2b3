package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.DocumentIds;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/**
 * Citizen messages (留言) and the official replies (答复) printed under them on message-board pages. Each
 * message and each reply is its own document; a reply points to its message with {@code reply_to}.
 */
final class MessageBoard {

    private static final String ITEMS = ".message-item, .msg-item, .liuyan-item, .ly-item";
    private static final String QUESTION = ".message, .question, .msg-question";
    private static final String ANSWER = ".reply, .answer, .msg-reply";
    private static final String BODY = ".content, .text, .msg-content";

    private MessageBoard() {
    }

    static List<RawDocument> extract(Document page, PageContext context) {
        List<RawDocument> documents = new ArrayList<>();
        int position = 0;
        for (Element item : page.select(ITEMS)) {
            position++;
            Element question = item.selectFirst(QUESTION);
            if (question == null) {
                continue;
            }
            String nativeId = item.hasAttr("data-id") ? item.attr("data-id")
                    : Labels.value(item.text(), "留言编号", "编号").orElse(context.url() + "#" + position);
            String messageId = DocumentIds.forNativeId(context.source(), nativeId);
            String meta = question.text();
            documents.add(RawDocument.builder(messageId, DocumentKind.MESSAGE)
                    .source(context.source())
                    .url(context.url() + "#" + nativeId)
                    .title(textOf(question.selectFirst("h1, h2, h3, h4, .title")))
                    .text(textOf(question.selectFirst(BODY)))
                    .author(Labels.value(meta, "留言人", "网友").orElse(null))
                    .publishedAt(Labels.value(meta, "留言时间", "提问时间", "时间").flatMap(ChineseDates::parse).orElse(null))
                    .likes(Labels.value(meta, "点赞数", "点赞", "支持", "赞同").map(Labels::count).orElse(null))
                    // boards of a province print the city or county a message went to
                    .region(Labels.value(meta, "所属地区", "留言地区", "地区").orElse(null))
                    .fetchedAt(context.fetchedAt())
                    .build());
            Element answer = item.selectFirst(ANSWER);
            if (answer != null) {
                String replyMeta = answer.text();
                documents.add(RawDocument.builder(DocumentIds.forNativeId(context.source(), nativeId + "/reply"), DocumentKind.REPLY)
                        .source(context.source())
                        .url(context.url() + "#" + nativeId + "-reply")
                        .text(textOf(answer.selectFirst(BODY)))
                        .author(Labels.value(replyMeta, "答复单位", "回复单位", "答复部门", "回复部门", "办理单位", "答复机构").orElse(null))
                        .publishedAt(Labels.value(replyMeta, "答复时间", "回复时间", "办结时间").flatMap(ChineseDates::parse).orElse(null))
                        .replyTo(messageId)
                        .fetchedAt(context.fetchedAt())
                        .build());
            }
        }
        return documents;
    }

    static String textOf(Element element) {
        return element == null ? null : element.text().strip();
    }
}
