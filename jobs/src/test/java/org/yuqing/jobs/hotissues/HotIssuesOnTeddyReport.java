package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.teddy.TeddyMessage;

/**
 * Not a test but a measurement: groups the Teddy hot-issue messages (fj3) in one window over their whole
 * span and prints what came out. Runs only when pointed at the data:
 * {@code mvn -B -o test -pl jobs -Dtest=HotIssuesOnTeddyReport -Dyuqing.teddy=/work/shared/data/teddy2020c}
 */
class HotIssuesOnTeddyReport {

    @Test
    void report() {
        String dir = System.getProperty("yuqing.teddy");
        assumeThat(dir).as("-Dyuqing.teddy=<folder with fj3_likes.dev.jsonl>").isNotNull();
        Path file = Path.of(dir, "fj3_likes.dev.jsonl");
        assumeThat(Files.exists(file)).isTrue();
        double minCosine = Double.parseDouble(System.getProperty("yuqing.minCosine", "0.35"));
        int show = Integer.getInteger("yuqing.show", 10);

        List<HotIssueInput> inputs = TeddyHotIssueInputs.of(TeddyMessage.read(file));
        List<HotIssueInput> ordered = inputs.stream()
                .sorted(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id))
                .toList();
        long start = ordered.get(0).publishedAtMillis();
        long end = ordered.get(ordered.size() - 1).publishedAtMillis() + 1;
        IssueClusterer clusterer = new IssueClusterer(new ClusteringSettings(3, minCosine, 0.02, 4, Integer.getInteger("yuqing.maxCommonFrequency", 30)));
        long began = System.nanoTime();
        ordered.forEach(clusterer::add);
        long millis = (System.nanoTime() - began) / 1_000_000;
        HotIssueSummarizer summarizer = new HotIssueSummarizer(HeatWeights.DEFAULTS, Duration.ofDays(30));
        List<HotIssue> issues = clusterer.clusters().stream()
                .map(c -> summarizer.summarize(c.seedId(), "A市", c, clusterer, start, end))
                .sorted(Comparator.comparingDouble(HotIssue::heat).reversed())
                .toList();

        Map<Integer, Long> sizes = clusterer.clusters().stream()
                .collect(Collectors.groupingBy(c -> Math.min(c.size(), 10), java.util.TreeMap::new, Collectors.counting()));
        int nearDuplicates = clusterer.clusters().stream().mapToInt(IssueCluster::nearDuplicates).sum();
        System.out.printf("messages %d, issues %d (min cosine %.2f), clustering took %d ms%n",
                inputs.size(), issues.size(), minCosine, millis);
        System.out.printf("issue sizes (10 = 10 or more): %s; joined as near-duplicates: %d%n", sizes, nearDuplicates);
        Map<String, Long> places = inputs.stream()
                .collect(Collectors.groupingBy(i -> i.place() == null ? "(none)" : i.place(), Collectors.counting()));
        System.out.printf("places (district level, within A市): %s%n", places.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).toList());
        for (HotIssue issue : issues.subList(0, Math.min(show, issues.size()))) {
            System.out.printf("%n%.2f  %s  [%s] n=%d authors=%d likes=%d dislikes=%d %s .. %s trend=%.2f%n   words %s%n",
                    issue.heat(), issue.title(), issue.place(), issue.count(), issue.authors(), issue.likes(), issue.dislikes(),
                    issue.firstSeen().substring(0, 10), issue.lastSeen().substring(0, 10), issue.trend(),
                    issue.topWords());
            IssueCluster cluster = clusterer.clusters().stream().filter(c -> c.seedId().equals(issue.id()))
                    .findFirst().orElseThrow();
            cluster.members().stream().limit(12).forEach(m -> System.out.printf("     - %s %s (%d)%n",
                    m.id(), m.subject(), m.likes()));
        }
        String listed = System.getProperty("yuqing.listSizes");
        if (listed != null) {
            int min = Integer.parseInt(listed);
            clusterer.clusters().stream().filter(c -> c.size() >= min).forEach(c -> {
                System.out.printf("%n# %d messages%n", c.size());
                c.members().forEach(m -> System.out.printf("     - %s %s%n", m.id(), m.subject()));
            });
        }
    }
}
