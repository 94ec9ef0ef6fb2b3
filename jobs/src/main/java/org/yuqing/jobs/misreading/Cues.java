package org.yuqing.jobs.misreading;

import java.util.List;

/**
 * Signals in how a comment is phrased.
 *
 * @param question       asks rather than states (？, 吗, 是不是): a wrong premise in a question is a confusion
 * @param hearsay        passes on what others say (听说, 据说, 内部消息): a wrong claim passed on is a rumour
 * @param universal      the words that drop a restriction (所有, 一律, 都能, 不管)
 * @param includedGroups groups the comment includes (外地户口…也) that a restricted clause may exclude
 * @param consequences   consequences it announces (取消, 翻倍, 罚款) which, passed on as hearsay, make a rumour
 */
public record Cues(boolean question, List<String> hearsay, List<String> universal, List<String> includedGroups,
                   List<String> consequences) {

    public Cues {
        hearsay = List.copyOf(hearsay);
        universal = List.copyOf(universal);
        includedGroups = List.copyOf(includedGroups);
        consequences = List.copyOf(consequences);
    }
}
