package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.yuqing.core.document.Attachment;

/**
 * The files an article offers (附件): links to documents, spreadsheets and archives in the article's area, and
 * every link of a block that announces itself as 附件下载 / 相关附件. Their names are the link texts.
 */
final class Attachments {

    private static final Pattern FILE = Pattern.compile(
            "(?i)\\.(docx?|xlsx?|et|wps|pdf|ofd|zip|rar|7z|pptx?|txt|csv|ceb)(\\?.*)?$");
    /** A block of download links under the article: 附件下载：, 相关附件, 附件列表. */
    static final Pattern DOWNLOAD_BLOCK = Pattern.compile("^[\\s\\u3000【\\[]*(附件下载|附件下載|相关附件|相關附件|附件列表|下载附件|下載附件|附件\\s*[:：]?\\s*$)");

    private static final int LEAD = 24;

    private Attachments() {
    }

    /** The attachments linked from the area, in page order, one per address. */
    static List<Attachment> in(Element area) {
        Map<String, Attachment> found = new LinkedHashMap<>();
        for (Element link : area.select("a[href]")) {
            String url = link.absUrl("href");
            if (url.isEmpty() || found.containsKey(url)) {
                continue;
            }
            if (FILE.matcher(url).find() || inDownloadBlock(link)) {
                String name = link.text().strip();
                if (name.isEmpty()) {
                    name = link.attr("title").strip();
                }
                found.put(url, new Attachment(name.isEmpty() ? null : name, url));
            }
        }
        return new ArrayList<>(found.values());
    }

    static boolean isDownloadBlock(Element block) {
        return DOWNLOAD_BLOCK.matcher(leadingText(block)).find() && !block.select("a[href]").isEmpty();
    }

    /** A link inside a block that opens with 附件下载 and the like, up to a few levels above it. */
    private static boolean inDownloadBlock(Element link) {
        int depth = 0;
        for (Element e = link.parent(); e != null && depth < 4; e = e.parent(), depth++) {
            if (DOWNLOAD_BLOCK.matcher(leadingText(e)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of an element's text, read no further than needed: a label sits at the start. */
    private static String leadingText(Element element) {
        StringBuilder lead = new StringBuilder();
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    lead.append(text.getWholeText());
                }
                return lead.length() > LEAD ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return lead.toString();
    }
}
