package org.yuqing.alerts.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuqing.alerts.SampleAlerts;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;

class RoutingTableTest {

    private final Recipient office = new Recipient("市委宣传部", null, null, "xcb@example.gov.cn");
    private final Recipient fund = new Recipient("市住房公积金管理中心", URI.create("http://127.0.0.1/f"), "k", null);
    private final Recipient housingDesk = new Recipient("市政府办公厅住房处", null, null, "zf@example.gov.cn");
    private final Recipient bigData = new Recipient("市数据资源管理局", null, null, "sj@example.gov.cn");

    private final RoutingTable table = new RoutingTable(List.of(
            rule("公积金", Set.of(), Set.of(SampleAlerts.BODY), Set.of(), Set.of(), Set.of(), Set.of(), fund),
            rule("住房话题", Set.of("市人民政府办公厅"), Set.of(), Set.of("住房"), Set.of("杭州市"), Set.of(AlertType.MISREADING),
                    Set.of(), housingDesk, fund),
            rule("网站", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(AlertType.SITE_HIJACKED), Set.of("www.hz.gov.cn"), bigData)),
            Map.of(office.name(), office, fund.name(), fund, housingDesk.name(), housingDesk, bigData.name(), bigData),
            office);

    @Test
    void everyMatchingRuleContributesItsRecipientsOnce() {
        Alert alert = SampleAlerts.misreading("a", 1, "high", AlertState.ACTIVE, null);

        assertThat(table.route(alert)).containsExactly(fund, housingDesk);
    }

    @Test
    void aRuleMatchesOnlyWhenEveryFacetItListsMatches() {
        Alert elsewhere = withRegion(SampleAlerts.misreading("a", 1, "high", AlertState.ACTIVE, null), "宁波市");

        assertThat(table.route(elsewhere)).containsExactly(fund);
    }

    @Test
    void whatNoRuleMatchesGoesToTheFallback() {
        Alert other = SampleAlerts.hijackedSite("s", "www.nb.gov.cn", "宁波市大数据局");

        assertThat(table.route(other)).containsExactly(office);
    }

    @Test
    void aHijackedSiteGoesToItsOwnerByHost() {
        Alert hijacked = SampleAlerts.hijackedSite("s", "www.hz.gov.cn", "杭州市数据资源管理局");

        assertThat(table.route(hijacked)).containsExactly(bigData);
    }

    private static RoutingRule rule(String name, Set<String> issuers, Set<String> bodies, Set<String> topics,
                                    Set<String> regions, Set<AlertType> types, Set<String> hosts, Recipient... to) {
        return new RoutingRule(name, issuers, bodies, topics, regions, types, hosts,
                java.util.Arrays.stream(to).map(Recipient::name).toList());
    }

    private static Alert withRegion(Alert a, String region) {
        return new Alert(a.id(), a.type(), a.version(), a.state(), a.severity(), a.title(), a.raisedAt(), a.updatedAt(),
                a.responseDeadline(), a.responsibleBody(), a.issuer(), a.topic(), region, a.policyId(), a.policyTitle(), a.docNo(),
                a.misreading(), a.interpretation(), a.site());
    }
}
