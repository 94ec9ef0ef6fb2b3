package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueLexiconTest {

    @Test
    void aRequestForInformationIsToldFromAQuestionBuiltOnAReading() {
        Cues where = CueLexicon.read("集采中选药品的名单和价格在哪里能查到？");
        Cues presupposing = CueLexicon.read("是不是说集采以后原研药就不能走医保报销了？");

        assertThat(where.question()).isTrue();
        assertThat(where.asksWhereOrHow()).isTrue();
        assertThat(where.presupposing()).isFalse();
        assertThat(presupposing.asksWhereOrHow()).isFalse();
        assertThat(presupposing.presupposing()).isTrue();
    }

    @Test
    void hearsayAndAlarmAreTheWordsThatPassARumourOn() {
        Cues rumour = CueLexicon.read("转发：听说以后所有企业都不用交税了！！！扩散");

        assertThat(rumour.hearsay()).containsExactly("听说");
        assertThat(rumour.alarm()).isTrue();
        assertThat(rumour.universal()).contains("所有");
    }
}
