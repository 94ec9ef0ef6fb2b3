package org.yuqing.jobs.misreading;

import java.util.Optional;
import java.util.regex.Pattern;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Fact;
import org.yuqing.jobs.policy.FactKind;

/** Finds a comment that allows what the clause forbids: 可以结转 where the clause says 不能结转. */
final class PermissionCheck {

    private static final Pattern PROHIBITING = Pattern.compile("^(?:不得|禁止|严禁|不能|不可|不准|不予)");

    private PermissionCheck() {
    }

    static Optional<String> allowsForbidden(CommentReading reading, Clause clause) {
        for (Fact prohibition : clause.facts(FactKind.PROHIBITION)) {
            String action = PROHIBITING.matcher(prohibition.surface()).replaceFirst("");
            if (action.length() < 2) {
                continue;
            }
            String verb = action.substring(0, 2);
            Pattern allowing = Pattern.compile("(?<!不)(?:可以|能|可|允许)[^，。？！,]{0,3}" + Pattern.quote(verb));
            if (allowing.matcher(reading.simplified()).find()
                    && !Pattern.compile("(?:不得|不能|不可|禁止|不准)[^，。？！,]{0,3}" + Pattern.quote(verb))
                            .matcher(reading.simplified()).find()) {
                return Optional.of("评论说可以“" + verb + "”，条款是“" + prohibition.surface() + "”");
            }
        }
        return Optional.empty();
    }
}
