package org.yuqing.crawler.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article body of a page: the element that the content management systems of government sites use for it
 * where there is one, else the block with the most text that is not link text (text density).
 */
public final class ArticleBody {

    private static final String KNOWN_CONTAINERS =
            "#UCAP-CONTENT, .pages_content, #zoom, .TRS_Editor, .article-content, .article_content, #content, article";

    private ArticleBody() {
    }

    public static String text(Document page) {
        Element best = null;
        for (Element candidate : page.select(KNOWN_CONTAINERS)) {
            if (best == null || candidate.text().length() > best.text().length()) {
                best = candidate;
            }
        }
        if (best == null || best.text().length() < 20) {
            best = densestBlock(page);
        }
        return best == null ? "" : paragraphs(best);
    }

    private static Element densestBlock(Document page) {
        Element best = null;
        long bestScore = 0;
        for (Element block : page.body() == null ? new Elements() : page.body().select("div, td, section, article")) {
            long linkText = block.select("a").text().length();
            long text = block.text().length();
            long score = text - 3 * linkText - block.select("div, td").size() * 5L;
            if (score > bestScore) {
                bestScore = score;
                best = block;
            }
        }
        return best;
    }

    /** The text of a block with its paragraph breaks, which the clause splitter later relies on. */
    public static String paragraphs(Element body) {
        Elements paragraphs = body.select("p");
        if (paragraphs.size() < 2) {
            return body.text().strip();
        }
        StringBuilder text = new StringBuilder();
        for (Element p : paragraphs) {
            String line = p.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        return text.toString().strip();
    }
}
