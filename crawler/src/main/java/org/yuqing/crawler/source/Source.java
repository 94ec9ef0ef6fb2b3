package org.yuqing.crawler.source;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.politeness.Politeness;

/**
 * One site to watch, as its YAML file describes it.
 *
 * @param name what documents from it give as their {@code source}
 * @param seeds where a crawl of it starts
 * @param allowedHosts hosts (with port, where not the default) it may fetch from; a crawl never leaves them
 * @param listPages rules for list pages: which links on them lead to documents, which to the next list page
 * @param pages rules for document pages: what kind they are, and CSS selectors where the generic reading fails
 * @param recrawlInterval how long to wait before crawling it again
 * @param politeness how gently to treat its hosts
 * @param maxPages the most pages one crawl of it fetches
 */
public record Source(String name, List<String> seeds, Set<String> allowedHosts, List<ListPageRule> listPages,
                     List<PageRule> pages, Duration recrawlInterval, Politeness politeness, int maxPages) {

    public static final Duration DEFAULT_RECRAWL = Duration.ofHours(6);

    public Source {
        seeds = List.copyOf(seeds);
        allowedHosts = Set.copyOf(allowedHosts);
        listPages = List.copyOf(listPages);
        pages = List.copyOf(pages);
    }

    /** A source made from one seed URL: its host, no rules, follow every link on the host. */
    public static Source ofSeed(String seed, int maxPages, Politeness politeness) {
        String host = Crawler.hostOf(seed);
        return new Source(host, List.of(seed), Set.of(host), List.of(), List.of(), DEFAULT_RECRAWL, politeness, maxPages);
    }

    /** Whether the crawl should go to this URL: on an allowed host and, where the file has rules, named by one. */
    public boolean inScope(String url) {
        try {
            if (!allowedHosts.contains(Crawler.hostOf(url))) {
                return false;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (listPages.isEmpty() && pages.isEmpty()) {
            return true;
        }
        return seeds.contains(url) || listPageRule(url).isPresent() || pageRule(url).isPresent();
    }

    public Optional<ListPageRule> listPageRule(String url) {
        return listPages.stream().filter(rule -> rule.url().matcher(url).find()).findFirst();
    }

    public Optional<PageRule> pageRule(String url) {
        return pages.stream().filter(rule -> rule.url().matcher(url).find()).findFirst();
    }
}
