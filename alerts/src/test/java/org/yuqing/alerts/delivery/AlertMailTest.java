package org.yuqing.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.alerts.SampleAlerts;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;

class AlertMailTest {

    private final Alert alert = SampleAlerts.misreading("hf-3-1", 2, "high", AlertState.ACTIVE, "2025-03-03T10:00:00Z");

    @Test
    void theSubjectSaysWhyAndHowSevere() {
        assertThat(AlertMail.subject(alert, Notice.NEW)).isEqualTo("【舆情预警·高】" + alert.title());
        assertThat(AlertMail.subject(alert, Notice.ESCALATION)).startsWith("【逾期督办·高】");
    }

    @Test
    void aDrafterCanActOnTheBodyAlone() {
        String body = AlertMail.body(alert, Notice.NEW, "市住房公积金管理中心政策法规处");

        assertThat(body)
                .startsWith("市住房公积金管理中心政策法规处：")
                .contains("「" + SampleAlerts.CLAUSE + "」")
                .contains("误读类型：以偏概全（以偏概全 30 条，谣言 12 条）")
                .contains("涉及评论：42 条；最近一个时段 25 条，前一时段 9 条，趋势：上升")
                .contains("负面情绪占比 62%")
                .contains("1. 「听说以后只要交满半年公积金就一定能贷到款？」")
                .contains("3. 「新政是不是说所有人都能贷公积金了」")
                .contains("已发布解读中的相关段落：\n「本条所称“可申请”")
                .contains("建议澄清口径：\n缴存满6个月是申请公积金贷款的前提条件之一")
                .contains("负责答复：市住房公积金管理中心")
                // 10:00 UTC is 18:00 in Beijing
                .contains("答复期限：2025-03-03 18:00（北京时间）")
                .contains("《杭州市住房公积金贷款管理办法》（杭政办发〔2025〕3号）")
                .contains("./yuqing alerts ack hf-3-1 --by");
    }

    @Test
    void aHijackedSiteMailNamesTheHostAndPages() {
        String body = AlertMail.body(SampleAlerts.hijackedSite("s1", "www.hz.gov.cn", "杭州市数据资源管理局"), Notice.NEW, "网络安全处");

        assertThat(body).contains("网站：www.hz.gov.cn", "https://www.hz.gov.cn/a.html", "标题含赌博词语", "疑似被劫持");
    }
}
