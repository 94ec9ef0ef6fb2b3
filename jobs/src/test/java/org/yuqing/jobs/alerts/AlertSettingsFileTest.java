package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.config.ConfigurationException;

class AlertSettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileOrSectionTheDefaultsHold() throws Exception {
        assertThat(AlertSettings.read(null)).isEqualTo(AlertSettings.DEFAULTS);
        assertThat(AlertSettings.read(write("kafka:\n  bootstrap_servers: k:9092\n")))
                .isEqualTo(AlertSettings.DEFAULTS);
    }

    @Test
    void theAlertsSectionSetsThresholdsAndKeepsTheDefaultsOfWhatItLeavesOut() throws Exception {
        Path file = write("""
                kafka:
                  bootstrap_servers: 127.0.0.1:9092
                alerts:
                  misreading:
                    min_count: 8
                    window: 12h
                    quiet_period: 3d
                  interpretation:
                    working_days: 5
                    holidays: [2027-01-01]
                    worked_weekend_days: ["2027-02-07"]
                  sites:
                    owners:
                      www.example.gov.cn: 示例市人民政府办公室
                """);

        AlertSettings settings = AlertSettings.read(file);

        assertThat(settings.misreading().minCount()).isEqualTo(8);
        assertThat(settings.misreading().window()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.misreading().quietPeriod()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.misreading().earlyCount()).isEqualTo(AlertSettings.MisreadingThresholds.DEFAULTS.earlyCount());
        assertThat(settings.interpretation().workingDays()).isEqualTo(5);
        assertThat(settings.interpretation().holidays()).containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(settings.interpretation().workedWeekendDays()).containsExactly(LocalDate.of(2027, 2, 7));
        assertThat(settings.sites().ownerOf("www.example.gov.cn")).isEqualTo("示例市人民政府办公室");
        assertThat(settings.sites().quietPeriod()).isEqualTo(AlertSettings.SiteWatch.DEFAULTS.quietPeriod());
        assertThat(settings.outOfOrderness()).isEqualTo(AlertSettings.DEFAULTS.outOfOrderness());
    }

    @Test
    void aMistakeNamesTheFileTheKeyAndWhatWasExpected() throws Exception {
        Path typo = write("alerts:\n  misreading:\n    min_cuont: 3\n");
        Path badCount = write("alerts:\n  misreading:\n    min_count: 0\n");
        Path badDuration = write("alerts:\n  sites:\n    quiet_period: a week\n");

        assertThatThrownBy(() -> AlertSettings.read(typo)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(typo.toString()).hasMessageContaining("alerts.misreading.min_cuont")
                .hasMessageContaining("min_count");
        assertThatThrownBy(() -> AlertSettings.read(badCount)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("alerts.misreading.min_count").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> AlertSettings.read(badDuration)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("alerts.sites.quiet_period").hasMessageContaining("6h");
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "settings", ".yml"), yaml);
    }
}
