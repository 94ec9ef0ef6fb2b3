package org.yuqing.alerts;

import java.util.List;
import java.util.Map;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;

/** Alerts as the analysis job sends them, for tests: a misread housing-fund clause and a hijacked site. */
public final class SampleAlerts {

    public static final String CLAUSE = "缴存职工连续足额缴存住房公积金满6个月（含）以上，可申请住房公积金个人住房贷款。";
    public static final String BODY = "市住房公积金管理中心";

    private SampleAlerts() {
    }

    public static Alert misreading(String id, long version, String severity, AlertState state, String deadline) {
        Alert.MisreadingDetails details = new Alert.MisreadingDetails("第三条第一款", CLAUSE, "overgeneralization", 42,
                Map.of("overgeneralization", 30, "rumor", 12), 25, 9, "rising", 1300, 410, 86, 0.62,
                List.of("听说以后只要交满半年公积金就一定能贷到款？", "公积金交六个月就能贷，那我下个月就买房",
                        "新政是不是说所有人都能贷公积金了"),
                List.of("c1", "c2", "c3"),
                "本条所称“可申请”，指满足缴存条件后可以提出申请，贷款仍需经审核、符合贷款额度和还款能力等要求。",
                "缴存满6个月是申请公积金贷款的前提条件之一，并不意味着必然获批，贷款需经审核。");
        return new Alert(id, AlertType.MISREADING, version, state, AlertSeverity.of(severity),
                "《住房公积金贷款管理办法》第三条被误读为“缴满半年必能贷款”", "2025-03-01T02:00:00Z", "2025-03-01T03:00:00Z",
                deadline, BODY, "市人民政府办公厅", "住房", "杭州市", "policy-hf-2025", "杭州市住房公积金贷款管理办法",
                "杭政办发〔2025〕3号", details, null, null);
    }

    public static Alert hijackedSite(String id, String host, String owner) {
        return new Alert(id, AlertType.SITE_HIJACKED, 1, AlertState.ACTIVE, AlertSeverity.HIGH, host + " 页面被植入赌博推广内容",
                "2025-03-01T02:00:00Z", "2025-03-01T02:00:00Z", "2025-03-02T02:00:00Z", owner, null, null, "杭州市",
                null, null, null, null, null,
                new Alert.SiteDetails(host, 3, List.of("https://" + host + "/a.html"), List.of("标题含赌博词语")));
    }
}
