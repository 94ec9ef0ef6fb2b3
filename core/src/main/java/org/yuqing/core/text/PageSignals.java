package org.yuqing.core.text;

import java.util.List;

/**
 * What a hijack check looks at on one page. The crawler fills every field from the HTML; the analysis job,
 * which sees only the document, passes its title and text and no links.
 *
 * @param title the page's {@code <title>}
 * @param heading the article's own heading (h1 or the metadata table's 标题), null where unknown
 * @param text the visible text, before cleaning
 * @param hiddenExternalLinks links to other sites inside blocks a reader cannot see (display:none and the like)
 */
public record PageSignals(String title, String heading, String text, List<String> hiddenExternalLinks) {

    public PageSignals {
        hiddenExternalLinks = hiddenExternalLinks == null ? List.of() : List.copyOf(hiddenExternalLinks);
    }

    public static PageSignals ofText(String title, String text) {
        return new PageSignals(title, null, text, List.of());
    }
}
