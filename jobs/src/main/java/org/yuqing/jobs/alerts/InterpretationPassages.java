package org.yuqing.jobs.alerts;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.policy.Policy;

/**
 * Finds the passage of a policy's interpretation that answers a misreading: the sentence (or 问…答… pair) that
 * shares the most distinctive words with the misread clause and the comments.
 */
final class InterpretationPassages {

    /** A question and its answer are one passage; otherwise sentences are. */
    private static final Pattern PASSAGE = Pattern.compile("问：[^问]*?答：[^问]*|[^\\s。！？；][^。！？；]*[。！？；]?");

    private final PolicyIndex index;

    InterpretationPassages(PolicyIndex index) {
        this.index = index;
    }

    Optional<String> answering(Policy policy, String clause, Collection<String> comments) {
        if (policy.interpretation() == null || policy.interpretation().isBlank()) {
            return Optional.empty();
        }
        Set<String> topic = new HashSet<>(index.contentWords(index.simplify(clause)));
        comments.forEach(comment -> topic.addAll(index.contentWords(index.simplify(comment))));
        Matcher matcher = PASSAGE.matcher(policy.interpretation());
        List<String> passages = matcher.results().map(m -> m.group().strip()).filter(p -> !p.isEmpty()).toList();
        return passages.stream()
                .filter(passage -> overlap(passage, topic) > 0)
                .max(Comparator.comparingDouble(passage -> overlap(passage, topic)));
    }

    private double overlap(String passage, Set<String> topic) {
        return index.contentWords(index.simplify(passage)).stream().filter(topic::contains)
                .mapToDouble(index::weight).sum();
    }
}
