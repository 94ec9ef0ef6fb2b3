package org.yuqing.jobs.misreading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.Policy;

/**
 * Numbers written without a unit (都涨到230？): too vague to contradict anything, but when a policy states exactly
 * that value they tell which policy the comment is about.
 */
final class BareNumbers {

    private static final Pattern BARE = Pattern.compile("(?<![\\d.])(\\d{2,}(?:\\.\\d+)?)(?![\\d.%％元块万岁年月日号天个项次套])");

    private BareNumbers() {
    }

    static int statedBy(String simplified, Policy policy) {
        int stated = 0;
        Matcher bare = BARE.matcher(simplified);
        while (bare.find()) {
            double value = Double.parseDouble(bare.group(1));
            boolean inPolicy = policy.clauses().stream().flatMap(clause -> clause.facts().stream())
                    .filter(Fact::hasQuantity)
                    .anyMatch(fact -> fact.quantity().min() == value || fact.quantity().max() == value);
            if (inPolicy) {
                stated++;
            }
        }
        return stated;
    }
}
