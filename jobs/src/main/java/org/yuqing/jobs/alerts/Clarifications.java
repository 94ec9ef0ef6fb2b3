package org.yuqing.jobs.alerts;

import org.yuqing.jobs.misreading.MisreadingKind;
import org.yuqing.jobs.policy.Policy;

/**
 * Drafts the clarification a responsible body could publish: it quotes the clause, so that the answer rests on
 * the text itself, says in one sentence what people get wrong, and adds the interpretation's answer when there is
 * one. The body edits it; it is a draft, not a statement.
 */
final class Clarifications {

    private Clarifications() {
    }

    static String suggest(Policy policy, String clause, MisreadingKind kind, String interpretationPassage) {
        String name = "《" + policy.title() + "》" + (policy.docNo() == null ? "" : "（" + policy.docNo() + "）");
        String correction = switch (kind) {
            case CONTRADICTION -> "网上流传的日期、金额或条件与原文不符，请以原文为准。";
            case OVERGENERALIZATION -> "本条有明确的适用范围和条件，并非所有人、所有情形都适用。";
            case RUMOR -> "网传的相关说法没有政策依据，请以正式发布的文件为准。";
            case CONFUSION -> "针对群众的疑问，现将原文说明如下。";
        };
        StringBuilder text = new StringBuilder("关于").append(name).append("：").append(correction)
                .append("原文为：“").append(clause).append("”");
        if (interpretationPassage != null) {
            text.append("政策解读已说明：").append(interpretationPassage);
        }
        text.append("如有疑问，请咨询").append(policy.responsibleBody()).append("。");
        return text.toString();
    }
}
