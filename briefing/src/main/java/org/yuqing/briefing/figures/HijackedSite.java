package org.yuqing.briefing.figures;

import java.util.List;

/** A site whose pages were found hijacked in the week: how many pages and a few of them. */
public record HijackedSite(String site, long pages, List<String> urls) {

    public HijackedSite {
        urls = List.copyOf(urls);
    }
}
