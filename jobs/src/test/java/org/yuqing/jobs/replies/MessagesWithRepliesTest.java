package org.yuqing.jobs.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesWithRepliesTest {

    @Test
    void aDayAloneIsItsStartInChinaAndATimeWithoutOffsetIsChinaTime() {
        long day = MessagesWithReplies.epochMillis("2026-11-05");
        assertThat(MessagesWithReplies.epochMillis("2026-11-05T08:00:00+08:00") - day).isEqualTo(8 * 3_600_000L);
        assertThat(MessagesWithReplies.epochMillis("2026-11-05T08:00:00")).isEqualTo(day + 8 * 3_600_000L);
        assertThat(MessagesWithReplies.epochMillis("2026-11-05T00:00:00Z") - day).isEqualTo(8 * 3_600_000L);
    }

    @Test
    void anUnreadableOrMissingDateGivesNoTimeToReply() {
        assertThat(MessagesWithReplies.epochMillis("上周")).isNull();
        assertThat(MessagesWithReplies.epochMillis(null)).isNull();
    }
}
