package org.yuqing.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlSettingsTest {

    record Limits(Duration window, int maxCount) {
        static final Limits DEFAULTS = new Limits(Duration.ofHours(1), 10);

        Limits {
            SettingChecks.atLeast("max_count", maxCount, 1);
        }
    }

    record Site(String name, List<Limits> limits) {
    }

    @TempDir
    Path dir;

    @Test
    void keysAreTheComponentsInSnakeCaseAndDurationsReadAsPeopleWriteThem() throws Exception {
        Site site = YamlSettings.read(write("name: a\nlimits: [{window: 90s, max_count: 3}]\n"), Site.class);

        assertThat(site.limits()).containsExactly(new Limits(Duration.ofSeconds(90), 3));
    }

    @Test
    void whatAFileLeavesOutKeepsTheDefault() {
        var node = YamlSettings.tree(writeUnchecked("max_count: 4\n"));

        assertThat(YamlSettings.bind("f.yml", "limits", node, Limits.DEFAULTS)).isEqualTo(new Limits(Duration.ofHours(1), 4));
    }

    @Test
    void anUnknownKeyIsNamedWithItsPathAndTheKeysThatWouldDo() throws Exception {
        Path file = write("name: a\nlimits: [{window: 1h, max_cuont: 3}]\n");

        assertThatThrownBy(() -> YamlSettings.read(file, Site.class)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": 'limits[0].max_cuont' is not a known key")
                .hasMessageContaining("limits[0].max_count");
    }

    @Test
    void aValueTheRecordRefusesIsNamedWithItsPathAndWhatWasExpected() throws Exception {
        Path refused = write("limits: [{max_count: 0}]\n");
        Path wrongForm = write("limits: [{max_count: many}]\n");
        Path badDuration = write("limits: [{window: soon}]\n");
        Path notAList = write("limits: 3\n");

        assertThatThrownBy(() -> YamlSettings.read(refused, Site.class))
                .hasMessage(refused + ": 'limits[0].max_count' must be a whole number of at least 1, found: 0");
        assertThatThrownBy(() -> YamlSettings.read(wrongForm, Site.class))
                .hasMessage(wrongForm + ": 'limits[0].max_count' must be a whole number, found: many");
        assertThatThrownBy(() -> YamlSettings.read(badDuration, Site.class))
                .hasMessage(badDuration + ": 'limits[0].window' " + Durations.EXPECTED + ", found: soon");
        assertThatThrownBy(() -> YamlSettings.read(notAList, Site.class))
                .hasMessage(notAList + ": 'limits' must be a list, found: 3");
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "settings", ".yml"), yaml);
    }

    private Path writeUnchecked(String yaml) {
        try {
            return write(yaml);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
