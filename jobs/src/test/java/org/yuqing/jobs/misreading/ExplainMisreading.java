package org.yuqing.jobs.misreading;

import java.util.Comparator;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.TestPolicies;

/** Prints how the detector reads comments: links, the comment's facts and cues, the best clauses and the verdict. */
public final class ExplainMisreading {

    public static void main(String[] comments) {
        PolicyIndex index = new PolicyIndex(TestPolicies.registry());
        MisreadingDetector detector = new MisreadingDetector(index);
        CommentReader reader = new CommentReader(index);
        ClauseLocator locator = new ClauseLocator(index);
        for (String comment : comments) {
            System.out.println(comment);
            var links = detector.linker().link(comment, null);
            System.out.println("  links " + links);
            if (!links.isEmpty()) {
                Policy policy = TestPolicies.get(links.get(0).policyId());
                CommentReading reading = reader.read(comment, policy, null);
                System.out.println("  words " + reading.words());
                System.out.println("  facts " + reading.facts());
                System.out.println("  cues " + reading.cues());
                policy.clauses().stream()
                        .sorted(Comparator.comparingDouble((Clause c) -> -locator.score(c, reading))).limit(Integer.getInteger("explain.top", 3))
                        .forEach(c -> System.out.printf("  %.2f %s %s%n", locator.score(c, reading), c.id(),
                                c.facts().stream().filter(f -> f.hasQuantity()).map(f -> f.surface()).toList()));
            }
            System.out.println("  → " + detector.detect(comment, null));
        }
    }
}
