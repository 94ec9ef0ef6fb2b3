package org.yuqing.jobs.misreading;

import java.util.Optional;
import org.yuqing.jobs.policy.Clause;

/** What a drafter reads as the reason a comment was flagged: the value that differs, or how the comment is put. */
final class Evidence {

    private Evidence() {
    }

    static String of(PolicyIndex index, CommentReading reading, Clause clause, MisreadingKind kind) {
        Optional<String> wrongValue = FactCheck.contradiction(reading, clause, index.simplifiedClause(clause));
        if (wrongValue.isPresent()) {
            return wrongValue.get();
        }
        Cues cues = reading.cues();
        return switch (kind) {
            case RUMOR -> cues.hearsay().isEmpty() ? "评论传播条款没有的说法"
                    : "传言“" + cues.hearsay().get(0) + "”，条款没有这样说";
            case OVERGENERALIZATION -> cues.universal().isEmpty() ? "评论扩大了条款的范围或对象"
                    : "评论说“" + cues.universal().get(0) + "”，条款有限定";
            case CONFUSION -> "提问的前提与条款不符";
            case CONTRADICTION -> "评论所说与条款不一致";
        };
    }
}
