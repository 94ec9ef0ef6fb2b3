package org.yuqing.crawler.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of an element only if it is short. Labels and values are short, and asking every cell of a layout
 * table for its whole text costs as much as the page times its depth; this stops counting at the limit.
 */
final class ShortText {

    private ShortText() {
    }

    /** The element's text, or null if it has more than {@code max} characters. */
    static String of(Element element, int max) {
        int[] length = {0};
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    length[0] += text.getWholeText().length();
                }
                return length[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return length[0] > max ? null : element.text();
    }
}
