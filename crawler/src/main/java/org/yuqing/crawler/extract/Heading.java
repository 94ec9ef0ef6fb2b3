package org.yuqing.crawler.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.text.InjectedPinyin;
import org.yuqing.core.text.SpamTitle;

/**
 * An article's own heading, which a hijacker leaves alone while rewriting the {@code <title>}: the last
 * heading-like element before the body (an h1–h3, or an element whose class or id says title), skipping site
 * logos, navigation and the source-and-date line. Where the page has none, its {@code ArticleTitle} meta or
 * {@code <title>} unless spammers wrote them.
 */
final class Heading {

    private static final Pattern TITLE_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(title|tit|bt|biaoti|headline|arttitle|newstitle|news_title|content_title|detail_title)s?([-_\\s]|$)");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(^|[-_\\s])(logo|nav|navbar|menu|footer|foot|crumb|breadcrumb|location|position|sidebar|share|copyright)([-_\\s]|$)");
    private static final int MIN_CHARS = 4;
    private static final int MAX_CHARS = 160;
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");

    private Heading() {
    }

    /** The heading's text and the element it was read from (null when it came from the meta). */
    record Found(String text, Element element) {
    }

    /** The heading of the article whose body is {@code body}; null when the page has none worth the name. */
    static Found of(Document page, Element body) {
        Found best = null;
        Set<Element> aroundBody = body == null ? Set.of() : new HashSet<>(body.parents());
        for (Element candidate : page.getAllElements()) {
            if (candidate == body) {
                break; // document order: only what comes before the body
            }
            if (isCandidate(candidate) && !aroundBody.contains(candidate)) {
                String text = usable(candidate);
                if (text != null) {
                    best = new Found(text, candidate);
                }
            }
        }
        if (best != null) {
            return best;
        }
        Element meta = page.selectFirst("meta[name=ArticleTitle]");
        String fromMeta = meta == null ? null : clean(meta.attr("content"));
        if (fromMeta != null && !fromMeta.isEmpty() && SpamTitle.reason(fromMeta, null).isEmpty()) {
            return new Found(fromMeta, null);
        }
        return null;
    }

    /** The candidate's text if it can be a heading: short, not a link, not in the site's chrome, not a date line. */
    private static String usable(Element candidate) {
        String text = ShortText.of(candidate, MAX_CHARS * 4);
        if (text == null) {
            return null;
        }
        text = clean(text);
        int han = (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (han < MIN_CHARS || text.length() > MAX_CHARS || PortalLines.matches(text)) {
            return null;
        }
        String linkText = candidate.select("a").text();
        if (linkText.length() * 2 > text.length()) {
            return null; // a logo or a list item that links elsewhere
        }
        for (Element e = candidate; e != null; e = e.parent()) {
            if (e.tagName().equals("nav") || e.tagName().equals("li") || e.tagName().equals("header")
                    || e.tagName().equals("footer") || CHROME.matcher(e.className() + " " + e.id()).find()) {
                return null;
            }
        }
        return text;
    }

    static String clean(String text) {
        String stripped = InjectedPinyin.strip(text.replace('\u00a0', ' ')).strip();
        return SPACE_BETWEEN_HAN.matcher(stripped).replaceAll("");
    }

    private static boolean isCandidate(Element element) {
        String tag = element.tagName();
        return tag.equals("h1") || tag.equals("h2") || tag.equals("h3")
                || TITLE_CLASS.matcher(element.className()).find() || TITLE_CLASS.matcher(element.id()).find();
    }
}
