package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.json.Json;

class SiteEpisodeTest {

    private static final AlertSettings.SiteWatch SITES = new AlertSettings.SiteWatch(Duration.ofDays(7),
            Map.of("www.example.gov.cn", "示例市人民政府办公室"));
    private static final long T0 = 1_793_635_200_000L;

    @Test
    void theFirstHijackedPageRaisesAnAlertToTheSitesOwner() {
        SiteEpisode episode = SiteEpisode.start(page(1, "标题为赌博广告"), SITES.ownerOf("www.example.gov.cn"));

        assertThat(episode.due()).isTrue();
        Alert alert = episode.sent().alert(AlertState.ACTIVE, T0);
        assertThat(alert.type()).isEqualTo(AlertType.SITE_HIJACKED);
        assertThat(alert.version()).isEqualTo(1);
        assertThat(alert.responsibleBody()).isEqualTo("示例市人民政府办公室");
        assertThat(alert.site().host()).isEqualTo("www.example.gov.cn");
        assertThat(alert.site().urls()).containsExactly("http://www.example.gov.cn/p1.html");
        assertThat(alert.site().evidence()).containsExactly("标题为赌博广告");
    }

    @Test
    void theEpisodeIsKeptAsJsonAndReadBackTheSame() throws Exception {
        SiteEpisode episode = SiteEpisode.start(page(1, "标题为赌博广告"), "示例市人民政府办公室").sent().with(page(2, "x"));

        assertThat(Json.read(Json.write(episode), SiteEpisode.class)).isEqualTo(episode);
    }

    @Test
    void aHostWithoutAKnownOwnerIsNamedItself() {
        assertThat(SITES.ownerOf("bbs.other.gov.cn")).isEqualTo("bbs.other.gov.cn");
    }

    @Test
    void morePagesUpdateTheSameAlertAtStepsAndARecrawlIsNotCountedTwice() {
        SiteEpisode episode = SiteEpisode.start(page(1, "标题为赌博广告"), "示例市人民政府办公室").sent();
        String id = episode.alertId();

        episode = episode.with(page(2, "标题为赌博广告"));
        assertThat(episode.due()).as("two pages").isTrue();
        episode = episode.sent();
        episode = episode.with(page(3, "标题为赌博广告")).with(page(3, "标题为赌博广告"));
        assertThat(episode.pages()).isEqualTo(3);
        assertThat(episode.due()).as("three pages, nothing new").isFalse();
        episode = episode.with(page(4, "正文每个汉字后注入拼音"));
        assertThat(episode.due()).as("new evidence").isTrue();
        episode = episode.sent();

        Alert alert = episode.alert(AlertState.ACTIVE, T0);
        assertThat(alert.id()).isEqualTo(id);
        assertThat(alert.version()).isEqualTo(3);
        assertThat(alert.site().pages()).isEqualTo(4);
        assertThat(alert.site().evidence()).containsExactly("标题为赌博广告", "正文每个汉字后注入拼音");
    }

    @Test
    void theSameHijackFoundByAnotherCrawlIsTheSameAlert() {
        // A rerun, or a restart without the job's state, finds the hijacked page again, later: the router must
        // see the alert it already holds, not a second one for the same spam on the same page.
        HijackedPage found = page(1, "标题为赌博广告");
        HijackedPage foundAgain = new HijackedPage(found.host(), found.documentId(), found.url(), found.evidence(),
                found.foundAt() + Duration.ofDays(1).toMillis());

        Alert first = SiteEpisode.start(found, "o").sent().alert(AlertState.ACTIVE, T0);
        Alert again = SiteEpisode.start(foundAgain, "o").sent().alert(AlertState.ACTIVE, T0);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(first.version());
    }

    @Test
    void anotherPageOrOtherSpamIsAnotherAlert() {
        String id = SiteEpisode.start(page(1, "标题为赌博广告"), "o").alertId();

        assertThat(SiteEpisode.start(page(2, "标题为赌博广告"), "o").alertId()).isNotEqualTo(id);
        assertThat(SiteEpisode.start(page(1, "正文每个汉字后注入拼音"), "o").alertId()).isNotEqualTo(id);
    }

    @Test
    void theSameHijackBackAfterItSubsidedGoesOnWithItsAlertsVersions() {
        // The router drops a version it already holds: a new episode starting again at version 1 would be lost.
        SiteEpisode subsided = SiteEpisode.start(page(1, "标题为赌博广告"), "o").sent().sent();

        SiteEpisode back = SiteEpisode.start(page(1, "标题为赌博广告"), "o", subsided.ended());

        assertThat(back.due()).isTrue();
        Alert alert = back.sent().alert(AlertState.ACTIVE, T0);
        assertThat(alert.id()).isEqualTo(subsided.alertId());
        assertThat(alert.version()).isEqualTo(3);
        assertThat(SiteEpisode.start(page(2, "标题为赌博广告"), "o", subsided.ended()).sent().version())
                .as("another hijack of the host").isEqualTo(1);
    }

    @Test
    void theEpisodeEndsAQuietPeriodAfterTheLastPageFound() {
        SiteEpisode episode = SiteEpisode.start(page(1, "x"), "o").with(page(2, "x"));

        assertThat(episode.quietUntil(SITES.quietPeriod())).isEqualTo(T0 + 2 * 60_000 + Duration.ofDays(7).toMillis());
    }

    private static HijackedPage page(int n, String evidence) {
        return new HijackedPage("www.example.gov.cn", "doc-" + n, "http://www.example.gov.cn/p" + n + ".html",
                List.of(evidence), T0 + n * 60_000L);
    }
}
