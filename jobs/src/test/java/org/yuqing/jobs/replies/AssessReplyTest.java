package org.yuqing.jobs.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessReplyTest {

    static final long DAY = 86_400_000L;

    @Test
    void theDepartmentIsTheFirstBodyTheReplyNamesWithItsLevel() {
        assertThat(RespondingBody.in("网友您好！针对您反映的问题，A3区洋湖街道高度重视，立即组织调查")).contains("A3区洋湖街道");
        assertThat(RespondingBody.in("您的留言已收悉，市住建局及时将您反映的问题交由市房屋交易管理中心办理")).contains("市住建局");
        assertThat(RespondingBody.in("经A7县住房和城乡建设局核实")).contains("A7县住房和城乡建设局");
        assertThat(RespondingBody.in("感谢您对我局工作的支持")).isEmpty();
    }

    @Test
    void timeToReplyIsFromTheMessageToTheReply() {
        ReplyAssessment assessment = new AssessReply().map(new ReplyInput("1", "路灯坏了", "小区路灯坏了，请修理。",
                0, "经A5区城管局核实，路灯已修复。", 3 * DAY + DAY / 2, null));

        assertThat(assessment.hoursToReply()).isEqualTo(84.0);
        assertThat(assessment.department()).isEqualTo("A5区城管局");
    }

    @Test
    void aDepartmentGivenByTheSourceIsKeptAndAnUnnamedOneIsSaidSo() {
        assertThat(new AssessReply().map(new ReplyInput("1", "s", "m", 0, "已处理。", DAY, "市教育局")).department())
                .isEqualTo("市教育局");
        assertThat(new AssessReply().map(new ReplyInput("1", "s", "m", 0, "已处理。", DAY, null)).department())
                .isEqualTo("未署名");
    }
}
