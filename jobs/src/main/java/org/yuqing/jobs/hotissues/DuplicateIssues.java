package org.yuqing.jobs.hotissues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How often the hottest issues are one matter listed twice, and what the messages merged into them look like:
 * messages grouped in one window over their whole span, the issues ranked by heat.
 *
 * <p>Two of the top issues are flagged as one matter when their titles share a run of three characters that few
 * messages' subjects use (a name: 58车, 丽发新): a check that reads characters, not the words or names the clusterer
 * uses, so that it can catch what the clusterer missed. Flags are candidates for a reader; the merged pairs are a
 * seeded random sample of two messages of one top issue, for a reader to judge as one matter or not.
 */
public final class DuplicateIssues {

    /** A run of characters shared by more subjects than this share is a common phrase, not a name. */
    private static final double RARE = 0.02;
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(?:[A-Za-z]\\d*[市区县]|[A-Za-z0-9]|\\p{P}).*");

    public record Report(int messages, int issues, List<HotIssue> top, List<Flag> flags, List<Pair> merged) {

        /** Top issues that repeat a hotter one. */
        public long duplicates() {
            return flags.stream().map(Flag::colder).distinct().count();
        }
    }

    /** @param hotter rank (from 1) of the hotter issue, {@code colder} of the one that repeats it */
    public record Flag(int hotter, int colder, String shared) {
    }

    public record Pair(int rank, String first, String second) {
    }

    private DuplicateIssues() {
    }

    public static Report measure(List<HotIssueInput> inputs, int top, int pairs, long seed) {
        List<HotIssueInput> ordered = inputs.stream()
                .sorted(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id))
                .toList();
        long start = ordered.get(0).publishedAtMillis();
        long end = ordered.get(ordered.size() - 1).publishedAtMillis() + 1;
        IssueClusterer clusterer = new IssueClusterer(ClusteringSettings.DEFAULTS);
        ordered.forEach(clusterer::add);
        HotIssueSummarizer summarizer = new HotIssueSummarizer(HeatWeights.DEFAULTS, Duration.ofDays(30));
        Map<String, IssueCluster> bySeed = new HashMap<>();
        List<HotIssue> ranked = clusterer.clusters().stream()
                .peek(c -> bySeed.put(c.seedId(), c))
                .map(c -> summarizer.summarize(c.seedId(), ordered.get(0).region(), c, clusterer, start, end))
                .sorted(Comparator.comparingDouble(HotIssue::heat).reversed())
                .toList();
        List<HotIssue> hottest = ranked.subList(0, Math.min(top, ranked.size()));
        return new Report(inputs.size(), ranked.size(), hottest, flags(hottest, subjectFrequencies(inputs), inputs.size()),
                sample(hottest, bySeed, pairs, seed));
    }

    private static List<Flag> flags(List<HotIssue> hottest, Map<String, Integer> frequencies, int messages) {
        List<Flag> flags = new ArrayList<>();
        for (int colder = 1; colder < hottest.size(); colder++) {
            Set<String> mine = trigrams(hottest.get(colder).title());
            for (int hotter = 0; hotter < colder; hotter++) {
                String shared = trigrams(hottest.get(hotter).title()).stream()
                        .filter(mine::contains)
                        .filter(t -> frequencies.getOrDefault(t, 0) <= RARE * messages)
                        .findFirst().orElse(null);
                if (shared != null) {
                    flags.add(new Flag(hotter + 1, colder + 1, shared));
                    break;
                }
            }
        }
        return flags;
    }

    private static List<Pair> sample(List<HotIssue> hottest, Map<String, IssueCluster> bySeed, int pairs, long seed) {
        Random random = new Random(seed);
        List<int[]> candidates = new ArrayList<>();
        for (int rank = 0; rank < hottest.size(); rank++) {
            int size = bySeed.get(hottest.get(rank).id()).size();
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    candidates.add(new int[] {rank, i, j});
                }
            }
        }
        List<Pair> sampled = new ArrayList<>();
        for (int k = 0; k < pairs && !candidates.isEmpty(); k++) {
            int[] pick = candidates.remove(random.nextInt(candidates.size()));
            List<HotIssueInput> members = bySeed.get(hottest.get(pick[0]).id()).members();
            sampled.add(new Pair(pick[0] + 1, members.get(pick[1]).subject(), members.get(pick[2]).subject()));
        }
        return sampled;
    }

    private static Map<String, Integer> subjectFrequencies(List<HotIssueInput> inputs) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (HotIssueInput input : inputs) {
            trigrams(input.subject()).forEach(t -> frequencies.merge(t, 1, Integer::sum));
        }
        return frequencies;
    }

    private static Set<String> trigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        int[] chars = text.codePoints().toArray();
        for (int i = 0; i + 3 <= chars.length; i++) {
            String gram = new String(chars, i, 3);
            if (!NOT_A_NAME.matcher(gram).matches()) {
                grams.add(gram);
            }
        }
        return grams;
    }
}
