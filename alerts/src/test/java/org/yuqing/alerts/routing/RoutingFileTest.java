package org.yuqing.alerts.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.alerts.SampleAlerts;
import org.yuqing.alerts.delivery.SmtpSettings;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.config.ConfigurationException;

class RoutingFileTest {

    private static final Map<String, String> ENV = Map.of("YUQING_WEBHOOK_SECRET", "s3cret", "YUQING_SMTP_PASSWORD", "pw");

    private static final String VALID = """
            fallback: 市委宣传部
            webhook:
              secret_env: YUQING_WEBHOOK_SECRET
              attempts: 3
            smtp:
              host: 127.0.0.1
              port: 2525
              security: none
              from: yuqing@example.gov.cn
              username: yuqing
              password_env: YUQING_SMTP_PASSWORD
            recipients:
              - name: 市委宣传部
                email: xcb@example.gov.cn
              - name: 市住房公积金管理中心
                webhook: https://gjj.example.gov.cn/hooks/yuqing
                email: zcfg@gjj.example.gov.cn
            rules:
              - name: 公积金
                responsible_bodies: [市住房公积金管理中心]
                types: [misreading, interpretation_missing]
                recipients: [市住房公积金管理中心]
            """;

    @TempDir
    Path dir;

    @Test
    void readsRecipientsRulesAndSecretsFromTheEnvironment() throws IOException {
        RouterConfig config = RoutingFile.load(write(VALID), ENV);

        Recipient centre = config.routing().recipient("市住房公积金管理中心");
        assertThat(centre.webhookSecret()).isEqualTo("s3cret");
        assertThat(centre.email()).isEqualTo("zcfg@gjj.example.gov.cn");
        assertThat(config.routing().fallback().name()).isEqualTo("市委宣传部");
        assertThat(config.webhook().attempts()).isEqualTo(3);
        assertThat(config.smtp().security()).isEqualTo(SmtpSettings.Security.NONE);
        assertThat(config.smtp().password()).isEqualTo("pw");
        assertThat(config.routing().route(SampleAlerts.misreading("a", 1, "high", AlertState.ACTIVE, null)))
                .containsExactly(centre);
    }

    @Test
    void theExampleInDeployLoads() {
        Path example = Path.of("..", "deploy", "routing.example.yaml");
        RouterConfig config = RoutingFile.load(example,
                Map.of("YUQING_WEBHOOK_SECRET", "x", "YUQING_WEBHOOK_SECRET_GJJ", "z", "YUQING_SMTP_PASSWORD", "y"));

        assertThat(config.routing().fallback().name()).contains("宣传部");
        assertThat(config.routing().rules()).isNotEmpty();
    }

    @Test
    void aSecretWrittenInTheFileIsRefused() throws IOException {
        Path file = write(VALID.replace("  password_env: YUQING_SMTP_PASSWORD", "  password: hunter2"));

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'smtp.password'")
                .hasMessageContaining("environment variable")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aMissingSecretNamesTheVariable() throws IOException {
        Path file = write(VALID);

        assertThatThrownBy(() -> RoutingFile.load(file, Map.of("YUQING_SMTP_PASSWORD", "pw")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'webhook.secret_env'")
                .hasMessageContaining("YUQING_WEBHOOK_SECRET, which is not set");
    }

    @Test
    void anUnknownRecipientInARuleNamesTheRuleKey() throws IOException {
        Path file = write(VALID.replace("recipients: [市住房公积金管理中心]", "recipients: [市住建局]"));

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'rules[0].recipients'")
                .hasMessageContaining("市住建局");
    }

    @Test
    void anUnknownAlertTypeIsRefused() throws IOException {
        Path file = write(VALID.replace("types: [misreading, interpretation_missing]", "types: [misread]"));

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .hasMessageContaining("'rules[0].types'")
                .hasMessageContaining("site_hijacked");
    }

    @Test
    void aMisspeltKeyIsRefusedRatherThanIgnored() throws IOException {
        Path file = write(VALID.replace("responsible_bodies:", "responsible_body:"));

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .hasMessageContaining("'rules[0].responsible_body' is not a known key");
    }

    @Test
    void aFallbackThatIsNoRecipientIsRefused() throws IOException {
        Path file = write(VALID.replace("fallback: 市委宣传部", "fallback: 宣传部"));

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .hasMessageContaining("'fallback' must be the name of one of the recipients");
    }

    @Test
    void aBadWebhookUrlIsRefused() throws IOException {
        Path file = write(VALID.replace("https://gjj.example.gov.cn/hooks/yuqing", "gjj.example.gov.cn/hooks"));

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .hasMessageContaining("'recipients[1].webhook' must be an http:// or https:// URL");
    }

    @Test
    void emailRecipientsNeedAMailServer() throws IOException {
        String withoutSmtp = VALID.replaceAll("(?s)smtp:.*?password_env: YUQING_SMTP_PASSWORD\n", "");
        Path file = write(withoutSmtp);

        assertThatThrownBy(() -> RoutingFile.load(file, ENV))
                .hasMessageContaining("'smtp' is missing");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("routing.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
