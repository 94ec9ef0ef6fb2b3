package org.yuqing.crawler.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Selector;
import org.yuqing.core.config.ConfigurationException;
import org.yuqing.core.config.InvalidSetting;
import org.yuqing.core.config.SettingChecks;
import org.yuqing.core.config.YamlSettings;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.crawler.Crawler;
import org.yuqing.crawler.politeness.Politeness;

/**
 * Reads a {@link Source} from its YAML file (one file per site). Any mistake — an unknown key, a missing seed, a
 * duration or selector that does not parse — fails at once with the file, the key and what was expected, before
 * a single request is made.
 *
 * <pre>
 * name: www.gov.cn
 * seeds: [http://www.gov.cn/zhengce/zuixin.htm]
 * allowed_hosts: [www.gov.cn]            # default: the seeds' hosts
 * recrawl_interval: 6h                   # 90s, 30m, 6h, 1d or ISO-8601 (PT6H)
 * max_pages: 5000
 * politeness: {min_delay: 2s, max_crawl_delay: 30s, backoff: 2s, max_attempts: 3}
 * list_pages:
 *   - {url: "/zhengce/zuixin(_\\d+)?\\.htm", links: "ul.list a", next: "a:contains(下一页)"}
 * pages:
 *   - url: "/zhengce/content/"
 *     kind: policy
 *     selectors: {title: "h1", text: "#UCAP-CONTENT"}
 * </pre>
 */
public final class SourceFile {

    private SourceFile() {
    }

    /**
     * The sources of a file, or of every {@code .yml}/{@code .yaml} file in a directory (one file per site), in
     * name order. Two files naming the same source fail, since they would share one crawl state.
     */
    public static List<Source> readAll(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(read(path));
        }
        List<Path> files;
        try (var listing = Files.list(path)) {
            files = listing.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException(path + ": cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ConfigurationException(path.toString(), "(directory)", "must hold at least one .yml file", "none");
        }
        Map<String, Path> byName = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            Source source = read(file);
            Path other = byName.putIfAbsent(source.name(), file);
            if (other != null) {
                throw new ConfigurationException(file.toString(), "name", "must differ from every other file's; "
                        + other + " names the same source", source.name());
            }
            sources.add(source);
        }
        return sources;
    }

    public static Source read(Path path) {
        return YamlSettings.read(path, SiteFile.class).source();
    }

    /** The file's shape: its keys are these components in snake_case. */
    private record SiteFile(String name, List<String> seeds, List<String> allowedHosts, Duration recrawlInterval,
                            Integer maxPages, PolitenessEntry politeness, List<ListPageEntry> listPages,
                            List<PageEntry> pages) {

        SiteFile {
            name = SettingChecks.text("name", name);
            seeds = SettingChecks.list(SettingChecks.required("seeds", seeds, "must list http:// or https:// URLs"));
            if (seeds.isEmpty()) {
                throw new InvalidSetting("seeds", "must list at least one http:// or https:// URL", "an empty list");
            }
            seeds.forEach(seed -> SettingChecks.httpUrl("seeds", seed));
            allowedHosts = SettingChecks.list(allowedHosts);
            Set<String> hosts = hosts(seeds, allowedHosts);
            for (String seed : seeds) {
                if (!hosts.contains(Crawler.hostOf(seed))) {
                    throw new InvalidSetting("seeds", "must be on one of allowed_hosts " + hosts, seed);
                }
            }
            SettingChecks.positive("recrawl_interval", recrawlInterval);
            if (maxPages != null && maxPages <= 0) {
                throw new InvalidSetting("max_pages", "must be a whole number above 0", maxPages.toString());
            }
            listPages = SettingChecks.list(listPages);
            pages = SettingChecks.list(pages);
        }

        /** The hosts the file allows, or the seeds' hosts when it names none. */
        private static Set<String> hosts(List<String> seeds, List<String> allowed) {
            Set<String> hosts = new LinkedHashSet<>();
            allowed.forEach(host -> hosts.add(SettingChecks.text("allowed_hosts", host)));
            if (hosts.isEmpty()) {
                seeds.forEach(seed -> hosts.add(Crawler.hostOf(seed)));
            }
            return hosts;
        }

        Source source() {
            return new Source(name == null ? Crawler.hostOf(seeds.get(0)) : name, seeds, hosts(seeds, allowedHosts),
                    listPages.stream().map(ListPageEntry::rule).toList(), pages.stream().map(PageEntry::rule).toList(),
                    recrawlInterval == null ? Source.DEFAULT_RECRAWL : recrawlInterval,
                    politeness == null ? Politeness.DEFAULT : politeness.politeness(), maxPages == null ? 1000 : maxPages);
        }
    }

    private record PolitenessEntry(Duration minDelay, Duration maxCrawlDelay, Duration backoff, Integer maxAttempts) {

        PolitenessEntry {
            if (maxAttempts != null && maxAttempts <= 0) {
                throw new InvalidSetting("max_attempts", "must be a whole number above 0", maxAttempts.toString());
            }
        }

        Politeness politeness() {
            Politeness d = Politeness.DEFAULT;
            return new Politeness(minDelay == null ? d.minDelay() : minDelay,
                    maxCrawlDelay == null ? d.maxCrawlDelay() : maxCrawlDelay,
                    backoff == null ? d.backoff() : backoff, maxAttempts == null ? d.maxAttempts() : maxAttempts);
        }
    }

    private record ListPageEntry(String url, String links, String next) {

        ListPageEntry {
            url = regex("url", url);
            links = css("links", links);
            next = css("next", next);
        }

        ListPageRule rule() {
            return new ListPageRule(Pattern.compile(url), links, next);
        }
    }

    private record PageEntry(String url, String kind, Selectors selectors) {

        PageEntry {
            url = regex("url", url);
            SettingChecks.required("kind", kind, "must be one of policy, interpretation, message, reply, comment");
            try {
                DocumentKind.fromJson(kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidSetting("kind", "must be one of policy, interpretation, message, reply, comment", kind);
            }
        }

        PageRule rule() {
            return new PageRule(Pattern.compile(url), DocumentKind.fromJson(kind.strip()),
                    selectors == null ? Map.of() : selectors.byField());
        }
    }

    /** CSS selectors by field, for what the generic reading gets wrong on a site ({@link PageRule#FIELDS}). */
    private record Selectors(String title, String text, String publishedAt, String docNo, String issuer,
                             String indexNo, String subject, String writtenAt) {

        Selectors {
            title = css("title", title);
            text = css("text", text);
            publishedAt = css("published_at", publishedAt);
            docNo = css("doc_no", docNo);
            issuer = css("issuer", issuer);
            indexNo = css("index_no", indexNo);
            subject = css("subject", subject);
            writtenAt = css("written_at", writtenAt);
        }

        Map<String, String> byField() {
            Map<String, String> selectors = new LinkedHashMap<>();
            List<String> values = java.util.Arrays.asList(title, text, publishedAt, docNo, issuer, indexNo, subject, writtenAt);
            for (int i = 0; i < PageRule.FIELDS.size(); i++) {
                if (values.get(i) != null) {
                    selectors.put(PageRule.FIELDS.get(i), values.get(i));
                }
            }
            return selectors;
        }
    }

    private static String regex(String key, String given) {
        String value = SettingChecks.text(key, SettingChecks.required(key, given, "must be a regular expression"));
        try {
            Pattern.compile(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw new InvalidSetting(key, "must be a regular expression (" + e.getDescription() + ")", value);
        }
    }

    private static String css(String key, String given) {
        String value = SettingChecks.text(key, given);
        if (value == null) {
            return null;
        }
        try {
            Selector.evaluatorOf(value);
            return value;
        } catch (Selector.SelectorParseException e) {
            throw new InvalidSetting(key, "must be a CSS selector (" + e.getMessage() + ")", value);
        }
    }
}
