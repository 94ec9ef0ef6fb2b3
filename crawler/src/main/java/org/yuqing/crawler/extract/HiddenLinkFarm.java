package org.yuqing.crawler.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Blocks a reader cannot see that link to other sites: what spammers plant on hijacked pages to sell search
 * ranking. Hidden inline (display:none, visibility:hidden, pushed off-screen, zero-size font) or through a class
 * that the page's own {@code <style>} hides.
 */
final class HiddenLinkFarm {

    private static final Pattern HIDING = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|(?:left|top|text-indent)\\s*:\\s*-\\d{3,}|font-size\\s*:\\s*0(?![.\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "\\.([\\w-]+)\\s*\\{[^}]*?(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    private HiddenLinkFarm() {
    }

    /**
     * Removes the hidden blocks that link to other sites, so that neither their text nor their links are taken
     * for the page's, and returns those links. It starts from the links to other sites, which are few, and looks
     * up their ancestors for one a reader cannot see, rather than testing the style of every element.
     */
    static List<String> removeFrom(Document page) {
        String site = registrableDomain(hostOf(page.location()));
        Set<String> hiddenClasses = hiddenClasses(page);
        Map<Element, List<String>> farms = new LinkedHashMap<>();
        for (Element a : page.getElementsByTag("a")) {
            String href = a.attr("href");
            if (!(href.startsWith("http") || href.startsWith("//"))) {
                continue; // a relative link stays on the site
            }
            String url = a.absUrl("href");
            String host = hostOf(url);
            if (host == null || registrableDomain(host).equals(site)) {
                continue;
            }
            Element block = outermostHidden(a, hiddenClasses);
            if (block != null) {
                farms.computeIfAbsent(block, b -> new ArrayList<>()).add(url);
            }
        }
        List<String> links = new ArrayList<>();
        farms.forEach((block, urls) -> {
            links.addAll(urls);
            block.remove();
        });
        return links;
    }

    private static Element outermostHidden(Element element, Set<String> hiddenClasses) {
        Element hidden = null;
        for (Element e = element; e != null; e = e.parent()) {
            if (isHidden(e, hiddenClasses)) {
                hidden = e;
            }
        }
        return hidden;
    }

    private static boolean isHidden(Element element, Set<String> hiddenClasses) {
        if (element.hasAttr("hidden") || mayHide(element.attr("style")) && HIDING.matcher(element.attr("style")).find()) {
            return true;
        }
        if (hiddenClasses.isEmpty()) {
            return false;
        }
        for (String name : element.classNames()) {
            if (hiddenClasses.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A cheap look before the regular expression: most styles of a page (fonts, margins) hide nothing. */
    private static boolean mayHide(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String css = style.toLowerCase(Locale.ROOT);
        return css.contains("none") || css.contains("hidden") || css.contains(":-") || css.contains(": -")
                || css.contains("size:0") || css.contains("size: 0");
    }

    private static Set<String> hiddenClasses(Document page) {
        Set<String> names = new HashSet<>();
        for (Element style : page.select("style")) {
            Matcher m = HIDDEN_CLASS.matcher(style.data());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** www.gov.cn and sousuo.gov.cn are one site; so are a.example.com and b.example.com. */
    static String registrableDomain(String host) {
        if (host == null) {
            return "";
        }
        String[] labels = host.split("\\.");
        boolean secondLevel = labels.length >= 3
                && Set.of("gov", "com", "org", "edu", "net", "ac").contains(labels[labels.length - 2])
                && labels[labels.length - 1].length() == 2;
        int keep = Math.min(labels.length, secondLevel ? 3 : 2);
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }
}
