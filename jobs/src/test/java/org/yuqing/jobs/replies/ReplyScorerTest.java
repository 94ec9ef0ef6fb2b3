package org.yuqing.jobs.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyScorerTest {

    static final ReplyScorer SCORER = new ReplyScorer();

    static final String SUBJECT = "A3区潇楚南路洋湖段怎么还没修好？";
    static final String MESSAGE = "潇楚南路从2018年开始修，到现在都快一年了，路挖得稀烂用围栏围起，一直不怎么动工。"
            + "请问什么时候能修好通车？";

    @Test
    void aReplyThatAnswersTheQuestionWithADateAndItsGroundsScoresHigh() {
        String reply = "网友您好！针对您反映A3区潇楚南路洋湖段怎么还没修好的问题，A3区洋湖街道高度重视，现回复如下："
                + "潇楚南路洋湖段属潇楚大道西线道路工程项目，因近期持续雨天，为保证道路施工质量，需在晴好天气才能正常施工。"
                + "根据《城市道路管理条例》第十二条的规定，施工单位应按期完成。目前该项目已完成75%土方，预计今年8月底将完工通车。"
                + "感谢您对我们工作的关心、监督与支持。";

        ReplyQuality quality = SCORER.score(SUBJECT, MESSAGE, reply);

        assertThat(quality.relevance()).isGreaterThan(0.6);
        assertThat(quality.givesResult()).isTrue();
        assertThat(quality.questionsAnswered()).isEqualTo(quality.questions());
        assertThat(quality.citations()).contains("《城市道路管理条例》", "第十二条");
        assertThat(quality.basis()).isEqualTo(1.0);
        assertThat(quality.score()).isGreaterThan(0.8);
    }

    @Test
    void aFormulaicReplyThatIgnoresTheQuestionScoresLow() {
        ReplyQuality quality = SCORER.score(SUBJECT, MESSAGE, "您的留言已收悉，感谢您对我们工作的关心和支持。");

        assertThat(quality.relevance()).isLessThan(0.2);
        assertThat(quality.keyTermsMissed()).contains("南路", "修好");
        assertThat(quality.basis()).isZero();
        assertThat(quality.score()).isLessThan(0.3);
    }

    @Test
    void documentNumbersAndAccordingToARuleCountAsGrounds() {
        ReplyQuality quality = SCORER.score("补贴", "补贴何时发放？",
                "按照《A市人才购房及购房补贴实施办法（试行）》（长政办发〔2018〕12号）的规定，补贴已于5月发放。");

        assertThat(quality.citations()).contains("长政办发〔2018〕12号");
        assertThat(quality.basis()).isEqualTo(1.0);
    }

    @Test
    void noReplyIsZero() {
        assertThat(SCORER.score(SUBJECT, MESSAGE, "").score()).isZero();
    }
}
