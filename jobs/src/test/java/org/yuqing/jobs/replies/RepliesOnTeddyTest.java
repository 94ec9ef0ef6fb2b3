package org.yuqing.jobs.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.regions.AdministrativeLevel;
import org.yuqing.jobs.regions.PlaceNormalizer;
import org.yuqing.jobs.teddy.TeddyMessage;

/**
 * The reply assessment on the Teddy replies (fj4), against what people who read them said: a reply the
 * contestants marked interpretable must outscore one they did not, far more often than chance, and no reply may
 * come before its message. Prints the figures of REPLIES.md on the way: score distribution, time to reply by
 * department, agreement with each annotation. On the 200-record sample in test resources by default; on the whole
 * set with {@code -Dyuqing.teddy=/work/shared/data/teddy2020c}.
 */
class RepliesOnTeddyTest {

    record Judged(TeddyMessage message, ReplyAssessment assessment) {
    }

    /** Agreement the score must reach: the annotation that separates answers from acknowledgements, and a harder one. */
    private static final Map<String, Double> LEAST_AUC = Map.of(
            "ann_interpretability_syucryingstar", 0.9,
            "ann_interpretability_rollbear", 0.65);

    @Test
    void repliesTheAnnotatorsFoundInterpretableScoreHigherAndNoneComesBeforeItsMessage() {
        String dir = System.getProperty("yuqing.teddy");
        List<TeddyMessage> messages;
        if (dir == null) {
            messages = TeddyMessage.readResource(RepliesOnTeddyTest.class, "fj4_replies.sample.jsonl");
        } else {
            Path file = Path.of(dir, "fj4_replies.dev.jsonl");
            assumeThat(Files.exists(file)).isTrue();
            messages = TeddyMessage.read(file);
        }
        AssessReply assess = new AssessReply();
        List<Judged> judged = new ArrayList<>();
        for (TeddyMessage m : messages) {
            judged.add(new Judged(m, assess.map(new ReplyInput(m.id(), m.subject(), m.detail(),
                    m.time().toEpochMilli(), m.reply(), m.replyTime().toEpochMilli(), null))));
        }
        System.out.printf("replies %d%n", judged.size());
        histogram("score", judged, j -> j.assessment().quality().score());
        histogram("relevance", judged, j -> j.assessment().quality().relevance());
        histogram("completeness", judged, j -> j.assessment().quality().completeness());
        histogram("basis", judged, j -> j.assessment().quality().basis());

        List<Double> hours = judged.stream().map(j -> j.assessment().hoursToReply()).sorted().toList();
        System.out.printf("%ntime to reply, days: median %.1f, p90 %.1f, max %.1f; negative (reply before message) %d%n",
                quantile(hours, 0.5) / 24, quantile(hours, 0.9) / 24, hours.get(hours.size() - 1) / 24,
                hours.stream().filter(h -> h < 0).count());
        assertThat(hours).allMatch(h -> h >= 0);
        assertThat(judged).allSatisfy(j -> assertThat(j.assessment().quality().score()).isBetween(0.0, 1.0));
        Map<String, List<Judged>> byDepartment = judged.stream()
                .collect(Collectors.groupingBy(j -> j.assessment().department()));
        System.out.printf("departments named %d; replies without one %d%n", byDepartment.size(),
                byDepartment.getOrDefault(AssessReply.UNNAMED, List.of()).size());
        System.out.println("department | replies | median days | p90 days | mean score");
        table(byDepartment, Integer.getInteger("yuqing.departments", 20));


        // Where a reply names no body, the district the message is about is the government that owed it.
        PlaceNormalizer places = new PlaceNormalizer(AdministrativeLevel.DISTRICT);
        Map<String, List<Judged>> byPlace = judged.stream().collect(Collectors.groupingBy(j -> {
            String place = places.normalize(j.message().subject() + "\n" + j.message().detail(), "A市");
            return place == null ? "(none)" : place;
        }));
        System.out.println("\nplace of the message | replies | median days | p90 days | mean score");
        table(byPlace, 12);

        for (String annotation : List.of("ann_interpretability_syucryingstar", "ann_completeness_rollbear",
                "ann_interpretability_rollbear")) {
            double auc = agreement(annotation, judged, "score", j -> j.assessment().quality().score());
            if (LEAST_AUC.containsKey(annotation)) {
                assertThat(auc).as("AUC of the score on %s", annotation).isGreaterThanOrEqualTo(LEAST_AUC.get(annotation));
            }
            agreement(annotation, judged, "completeness", j -> j.assessment().quality().completeness());
            agreement(annotation, judged, "basis", j -> j.assessment().quality().basis());
            // The baseline any score must beat: the annotators may be rewarding length.
            agreement(annotation, judged, "reply length (baseline)", j -> j.message().reply().length());
        }
        judged.stream().sorted(Comparator.comparingDouble(j -> j.assessment().quality().score())).limit(3)
                .forEach(j -> System.out.printf("%nlowest %.2f %s%n  Q: %s%n  A: %s%n  %s%n",
                        j.assessment().quality().score(), j.message().id(), j.message().subject(),
                        j.message().reply().substring(0, Math.min(160, j.message().reply().length())),
                        j.assessment().quality()));
    }

    private static void table(Map<String, List<Judged>> groups, int rows) {
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Judged>> e) -> -e.getValue().size()))
                .limit(rows)
                .forEach(e -> {
                    List<Double> h = e.getValue().stream().map(j -> j.assessment().hoursToReply()).sorted().toList();
                    System.out.printf("%s | %d | %.1f | %.1f | %.2f%n", e.getKey(), h.size(), quantile(h, 0.5) / 24,
                            quantile(h, 0.9) / 24, e.getValue().stream()
                                    .mapToDouble(j -> j.assessment().quality().score()).average().orElse(0));
                });
    }

    private static void histogram(String name, List<Judged> judged, ToDoubleFunction<Judged> value) {
        int[] bins = new int[10];
        double sum = 0;
        for (Judged j : judged) {
            double v = value.applyAsDouble(j);
            bins[Math.min(9, (int) (v * 10))]++;
            sum += v;
        }
        System.out.printf("%-12s mean %.3f  per tenth [0,.1) .. [.9,1]: %s%n", name, sum / judged.size(),
                java.util.Arrays.toString(bins));
    }

    /** Mean of the measure by label and the AUC: the chance a reply labelled 1 outscores one labelled 0. */
    /** Prints and returns the AUC; NaN when the annotation marks no reply 1 or none 0. */
    private static double agreement(String annotation, List<Judged> judged, String name, ToDoubleFunction<Judged> value) {
        List<Double> ones = new ArrayList<>();
        List<Double> zeros = new ArrayList<>();
        for (Judged j : judged) {
            String label = j.message().raw().path(annotation).asText(null);
            if ("1".equals(label)) {
                ones.add(value.applyAsDouble(j));
            } else if ("0".equals(label)) {
                zeros.add(value.applyAsDouble(j));
            }
        }
        if (ones.isEmpty() || zeros.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double o : ones) {
            for (double z : zeros) {
                wins += o > z ? 1 : o == z ? 0.5 : 0;
            }
        }
        System.out.printf("%s (1: %d, 0: %d) %s: mean %.3f vs %.3f, AUC %.3f%n", annotation, ones.size(), zeros.size(),
                name, ones.stream().mapToDouble(d -> d).average().orElse(0),
                zeros.stream().mapToDouble(d -> d).average().orElse(0), wins / ones.size() / zeros.size());
        return wins / ones.size() / zeros.size();
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
