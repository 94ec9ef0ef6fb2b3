package org.yuqing.jobs.misreading;

import java.util.List;

/**
 * Signals in how a comment is phrased ({@link CueLexicon}).
 *
 * @param question     asks rather than states (？, 吗, 是不是)
 * @param presupposing builds on a reading of the policy (是不是说…就不用…, 那以后…都…)
 * @param hearsay      passes on what others say (听说, 据说, 内部消息)
 * @param alarm        is put to be passed on (扩散, 转发, 家人们, ！！！)
 * @param universal    the words that drop a restriction or stretch a scope (所有, 一律, 每人, 只要)
 * @param obliges      says someone must (必须, 强制, 要求)
 * @param consequences consequences it announces (取消, 罚款, 不用还)
 * @param negations    how many negations it holds
 * @param hedged       is unsure (好像, 可能, 不清楚)
 * @param praise       approves (好政策, 点赞)
 * @param complaint    complains or asks for action (太少, 不到位, 希望, 什么时候)
 * @param firstPerson  speaks of the writer (我, 我家)
 * @param exclamations how many exclamation marks
 * @param asksWhereOrHow asks where, how or when to do something (在哪里查, 怎么申请, 需要什么材料): a request for
 *                     information, which reads the policy no way at all
 */
public record Cues(boolean question, boolean presupposing, List<String> hearsay, boolean alarm, List<String> universal,
                   boolean obliges, List<String> consequences, int negations, boolean hedged, boolean praise,
                   boolean complaint, boolean firstPerson, int exclamations, boolean asksWhereOrHow) {

    public Cues {
        hearsay = List.copyOf(hearsay);
        universal = List.copyOf(universal);
        consequences = List.copyOf(consequences);
    }
}
