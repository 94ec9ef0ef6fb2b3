package org.yuqing.crawler.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Selector;
import org.yuqing.core.config.ConfigurationException;
import org.yuqing.core.config.Durations;
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

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("name", "seeds", "allowed_hosts", "recrawl_interval", "max_pages",
            "politeness", "list_pages", "pages");

    private final String file;

    private SourceFile(String file) {
        this.file = file;
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
        SourceFile reader = new SourceFile(path.toString());
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new ConfigurationException(path + ": cannot be read as YAML: " + e.getMessage(), e);
        }
        return reader.source(root);
    }

    private Source source(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("(top level)", "must be a mapping with at least 'seeds'", root == null ? "nothing" : root.getNodeType().toString());
        }
        onlyKeys(root, "", TOP);
        List<String> seeds = new ArrayList<>();
        for (JsonNode seed : list(root, "seeds", true)) {
            seeds.add(url("seeds", seed));
        }
        if (seeds.isEmpty()) {
            throw fail("seeds", "must list at least one http:// or https:// URL", "an empty list");
        }
        Set<String> hosts = new LinkedHashSet<>();
        for (JsonNode host : list(root, "allowed_hosts", false)) {
            hosts.add(text("allowed_hosts", host));
        }
        if (hosts.isEmpty()) {
            seeds.forEach(seed -> hosts.add(Crawler.hostOf(seed)));
        }
        for (String seed : seeds) {
            if (!hosts.contains(Crawler.hostOf(seed))) {
                throw fail("seeds", "must be on one of allowed_hosts " + hosts, seed);
            }
        }
        String name = root.has("name") ? text("name", root.get("name")) : Crawler.hostOf(seeds.get(0));
        Duration recrawl = root.has("recrawl_interval")
                ? duration("recrawl_interval", root.get("recrawl_interval")) : Source.DEFAULT_RECRAWL;
        int maxPages = root.has("max_pages") ? positive("max_pages", root.get("max_pages")) : 1000;
        return new Source(name, seeds, hosts, listPages(root), pages(root), recrawl, politeness(root), maxPages);
    }

    private Politeness politeness(JsonNode root) {
        JsonNode node = root.get("politeness");
        if (node == null || node.isNull()) {
            return Politeness.DEFAULT;
        }
        mapping("politeness", node);
        onlyKeys(node, "politeness.", Set.of("min_delay", "max_crawl_delay", "backoff", "max_attempts"));
        Politeness d = Politeness.DEFAULT;
        return new Politeness(
                node.has("min_delay") ? duration("politeness.min_delay", node.get("min_delay")) : d.minDelay(),
                node.has("max_crawl_delay") ? duration("politeness.max_crawl_delay", node.get("max_crawl_delay")) : d.maxCrawlDelay(),
                node.has("backoff") ? duration("politeness.backoff", node.get("backoff")) : d.backoff(),
                node.has("max_attempts") ? positive("politeness.max_attempts", node.get("max_attempts")) : d.maxAttempts());
    }

    private List<ListPageRule> listPages(JsonNode root) {
        List<ListPageRule> rules = new ArrayList<>();
        int i = 0;
        for (JsonNode node : list(root, "list_pages", false)) {
            String key = "list_pages[" + i++ + "]";
            mapping(key, node);
            onlyKeys(node, key + ".", Set.of("url", "links", "next"));
            rules.add(new ListPageRule(regex(key + ".url", required(node, key, "url")),
                    node.has("links") ? css(key + ".links", node.get("links")) : null,
                    node.has("next") ? css(key + ".next", node.get("next")) : null));
        }
        return rules;
    }

    private List<PageRule> pages(JsonNode root) {
        List<PageRule> rules = new ArrayList<>();
        int i = 0;
        for (JsonNode node : list(root, "pages", false)) {
            String key = "pages[" + i++ + "]";
            mapping(key, node);
            onlyKeys(node, key + ".", Set.of("url", "kind", "selectors"));
            Map<String, String> selectors = new LinkedHashMap<>();
            JsonNode given = node.get("selectors");
            if (given != null && !given.isNull()) {
                mapping(key + ".selectors", given);
                onlyKeys(given, key + ".selectors.", Set.copyOf(PageRule.FIELDS));
                given.fields().forEachRemaining(e -> selectors.put(e.getKey(),
                        css(key + ".selectors." + e.getKey(), e.getValue())));
            }
            rules.add(new PageRule(regex(key + ".url", required(node, key, "url")),
                    kind(key + ".kind", required(node, key, "kind")), selectors));
        }
        return rules;
    }

    // --- one checker per kind of value, each naming the key and what it expected ---

    private void onlyKeys(JsonNode node, String prefix, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw fail(prefix + key, "is not a known key; expected one of " + new java.util.TreeSet<>(known), null);
            }
        }
    }

    private Iterable<JsonNode> list(JsonNode root, String key, boolean required) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(key, "is required", "nothing");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(key, "must be a list", node.toString());
        }
        return node;
    }

    private void mapping(String key, JsonNode node) {
        if (!node.isObject()) {
            throw fail(key, "must be a mapping", node.toString());
        }
    }

    private JsonNode required(JsonNode node, String prefix, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw fail(prefix + "." + key, "is required", "nothing");
        }
        return value;
    }

    private String text(String key, JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw fail(key, "must be a non-empty string", node.toString());
        }
        return node.asText().strip();
    }

    private String url(String key, JsonNode node) {
        String value = text(key, node);
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw fail(key, "must be an http:// or https:// URL with a host", value);
    }

    private int positive(String key, JsonNode node) {
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() <= 0) {
            throw fail(key, "must be a whole number above 0", node.toString());
        }
        return node.asInt();
    }

    /** 500ms, 90s, 30m, 6h, 1d, or ISO-8601 such as PT6H. */
    Duration duration(String key, JsonNode node) {
        String value = node.isNumber() ? node.asText() + "s" : text(key, node);
        return Durations.parse(value).orElseThrow(() -> fail(key, Durations.EXPECTED, value));
    }

    private Pattern regex(String key, JsonNode node) {
        String value = text(key, node);
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw fail(key, "must be a regular expression (" + e.getDescription() + ")", value);
        }
    }

    private String css(String key, JsonNode node) {
        String value = text(key, node);
        try {
            Selector.evaluatorOf(value);
            return value;
        } catch (Selector.SelectorParseException e) {
            throw fail(key, "must be a CSS selector (" + e.getMessage() + ")", value);
        }
    }

    private DocumentKind kind(String key, JsonNode node) {
        try {
            return DocumentKind.fromJson(text(key, node));
        } catch (IllegalArgumentException e) {
            throw fail(key, "must be one of policy, interpretation, message, reply, comment", node.asText());
        }
    }

    private ConfigurationException fail(String key, String expected, String found) {
        return new ConfigurationException(file, key, expected, found);
    }
}
