package org.yuqing.alerts.routing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yuqing.alerts.delivery.SmtpSettings;
import org.yuqing.alerts.delivery.WebhookSettings;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.config.ConfigurationException;
import org.yuqing.core.config.InvalidSetting;
import org.yuqing.core.config.SettingChecks;
import org.yuqing.core.config.YamlSettings;

/**
 * Reads the routing file (see {@code deploy/routing.example.yaml}). Secrets are named, not written: the file says
 * which environment variable holds the webhook secret and the SMTP password, and a secret written into the file
 * itself is refused.
 */
public final class RoutingFile {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern ENV_NAME = Pattern.compile("^[A-Z_][A-Z0-9_]*$");

    private RoutingFile() {
    }

    public static RouterConfig load(Path path, Map<String, String> environment) {
        return YamlSettings.read(path, Shape.class).config(path.toString(), environment);
    }

    /** The file's shape: its keys are these components in snake_case. */
    private record Shape(String fallback, List<RecipientEntry> recipients, List<RuleEntry> rules, WebhookEntry webhook,
                         SmtpEntry smtp, Integer deadlineCheckSeconds) {

        Shape {
            fallback = SettingChecks.required("fallback", SettingChecks.text("fallback", fallback),
                    "must be the name of one of the recipients");
            recipients = SettingChecks.required("recipients", recipients, "must be a list");
            rules = SettingChecks.list(rules);
            webhook = webhook == null ? new WebhookEntry(null, null, null, null, null, null) : webhook;
            if (deadlineCheckSeconds != null) {
                SettingChecks.between("deadline_check_seconds", deadlineCheckSeconds, 1, 86_400);
            }
        }

        RouterConfig config(String file, Map<String, String> env) {
            Map<String, Recipient> byName = new LinkedHashMap<>();
            for (int i = 0; i < recipients.size(); i++) {
                Recipient recipient = recipients.get(i).recipient(file, "recipients[" + i + "]", webhook.secretEnv(), env);
                if (byName.putIfAbsent(recipient.name(), recipient) != null) {
                    throw new ConfigurationException(file, "recipients[" + i + "].name",
                            "must be unique; another recipient has this name", recipient.name());
                }
            }
            Recipient fallbackRecipient = byName.get(fallback);
            if (fallbackRecipient == null) {
                throw new ConfigurationException(file, "fallback", "must be the name of one of the recipients "
                        + byName.keySet(), fallback);
            }
            for (int i = 0; i < rules.size(); i++) {
                for (String name : rules.get(i).recipients()) {
                    if (!byName.containsKey(name)) {
                        throw new ConfigurationException(file, "rules[" + i + "].recipients", "names " + name
                                + ", which is not one of the recipients " + byName.keySet(), null);
                    }
                }
            }
            if (smtp == null && byName.values().stream().anyMatch(r -> r.email() != null)) {
                throw new ConfigurationException(file, "smtp",
                        "is missing; recipients with an e-mail address need the mail server", null);
            }
            return new RouterConfig(new RoutingTable(rules.stream().map(RuleEntry::rule).toList(), byName, fallbackRecipient),
                    webhook.settings(), smtp == null ? null : smtp.settings(file, env),
                    Duration.ofSeconds(deadlineCheckSeconds == null ? 60 : deadlineCheckSeconds));
        }
    }

    private record RecipientEntry(String name, String webhook, String email, String webhookSecretEnv,
                                  String webhookSecret) {

        RecipientEntry {
            SettingChecks.absent("webhook_secret", webhookSecret,
                    "put the secret in an environment variable and name it with webhook_secret_env");
            name = SettingChecks.required("name", SettingChecks.text("name", name), "must be a non-empty string");
            SettingChecks.httpUrl("webhook", webhook);
            email = SettingChecks.text("email", email);
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new InvalidSetting("email", "must be an e-mail address such as office@example.gov.cn", email);
            }
            if (webhook == null && email == null) {
                throw new InvalidSetting("", "needs a webhook URL or an e-mail address (or both)", null);
            }
            envName("webhook_secret_env", webhookSecretEnv);
        }

        Recipient recipient(String file, String at, String defaultSecretEnv, Map<String, String> env) {
            URI url = SettingChecks.httpUrl("webhook", webhook);
            if (url == null) {
                return new Recipient(name, null, null, email);
            }
            String key = webhookSecretEnv != null ? at + ".webhook_secret_env" : "webhook.secret_env";
            String variable = webhookSecretEnv != null ? webhookSecretEnv : defaultSecretEnv;
            if (variable == null) {
                throw new ConfigurationException(file, at + ".webhook_secret_env", "is missing, and so is webhook.secret_env: "
                        + "a webhook needs the environment variable that holds its signing secret", null);
            }
            return new Recipient(name, url, secret(file, key, variable, env, "the webhook signing secret"), email);
        }
    }

    private record RuleEntry(String name, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<String> issuers,
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<String> responsibleBodies,
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<String> topics,
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<String> regions,
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<String> types,
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<String> hosts,
                             @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> recipients) {

        RuleEntry {
            name = SettingChecks.required("name", SettingChecks.text("name", name), "must be a non-empty string");
            issuers = orEmpty(issuers);
            responsibleBodies = orEmpty(responsibleBodies);
            topics = orEmpty(topics);
            regions = orEmpty(regions);
            hosts = orEmpty(hosts);
            for (String type : orEmpty(types)) {
                alertType(type);
            }
            types = orEmpty(types);
            recipients = SettingChecks.list(recipients);
            if (recipients.isEmpty()) {
                throw new InvalidSetting("recipients", "must list at least one recipient by name", null);
            }
        }

        RoutingRule rule() {
            return new RoutingRule(name, issuers, responsibleBodies, topics, regions,
                    types.stream().map(RuleEntry::alertType).collect(java.util.stream.Collectors.toCollection(
                            java.util.LinkedHashSet::new)), hosts, recipients);
        }

        private static Set<String> orEmpty(Set<String> values) {
            return values == null ? Set.of() : values;
        }

        private static AlertType alertType(String value) {
            for (AlertType type : AlertType.values()) {
                if (type.label().equals(value)) {
                    return type;
                }
            }
            throw new InvalidSetting("types", "must list alert types among "
                    + Stream.of(AlertType.values()).map(AlertType::label).toList(), value);
        }
    }

    private record WebhookEntry(String secretEnv, Integer timeoutSeconds, Integer attempts, Integer firstRetryMillis,
                                Integer maxRetryMillis, String secret) {

        WebhookEntry {
            SettingChecks.absent("secret", secret, "put the secret in an environment variable and name it with secret_env");
            envName("secret_env", secretEnv);
            if (timeoutSeconds != null) {
                SettingChecks.between("timeout_seconds", timeoutSeconds, 1, 300);
            }
            if (attempts != null) {
                SettingChecks.between("attempts", attempts, 1, 20);
            }
            if (firstRetryMillis != null) {
                SettingChecks.between("first_retry_millis", firstRetryMillis, 1, 600_000);
            }
            if (maxRetryMillis != null) {
                SettingChecks.between("max_retry_millis", maxRetryMillis, 1, 3_600_000);
            }
        }

        WebhookSettings settings() {
            WebhookSettings d = WebhookSettings.DEFAULTS;
            return new WebhookSettings(timeoutSeconds == null ? d.timeout() : Duration.ofSeconds(timeoutSeconds),
                    attempts == null ? d.attempts() : attempts,
                    firstRetryMillis == null ? d.firstRetry() : Duration.ofMillis(firstRetryMillis),
                    maxRetryMillis == null ? d.maxRetry() : Duration.ofMillis(maxRetryMillis));
        }
    }

    private record SmtpEntry(String host, Integer port, String security, String from, String username,
                             String passwordEnv, Integer timeoutSeconds, String password) {

        SmtpEntry {
            SettingChecks.absent("password", password, "put the secret in an environment variable and name it with password_env");
            host = SettingChecks.required("host", SettingChecks.text("host", host), "must be a non-empty string");
            from = SettingChecks.required("from", SettingChecks.text("from", from), "must be a non-empty string");
            username = SettingChecks.text("username", username);
            security(security);
            if (port != null) {
                SettingChecks.between("port", port, 1, 65_535);
            }
            if (timeoutSeconds != null) {
                SettingChecks.between("timeout_seconds", timeoutSeconds, 1, 600);
            }
            envName("password_env", passwordEnv);
            if (username != null && passwordEnv == null) {
                throw new InvalidSetting("password_env",
                        "is missing: with a username, name the environment variable that holds the SMTP password", null);
            }
        }

        private static SmtpSettings.Security security(String value) {
            if (value == null) {
                return SmtpSettings.Security.STARTTLS;
            }
            try {
                return SmtpSettings.Security.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidSetting("security", "must be one of none, starttls, ssl", value);
            }
        }

        SmtpSettings settings(String file, Map<String, String> env) {
            SmtpSettings.Security mode = security(security);
            int defaultPort = switch (mode) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case SSL -> 465;
            };
            String secret = username == null ? null
                    : secret(file, "smtp.password_env", passwordEnv, env, "the SMTP password");
            return new SmtpSettings(host, port == null ? defaultPort : port, mode, from, username, secret,
                    (timeoutSeconds == null ? 30 : timeoutSeconds) * 1000);
        }
    }

    private static void envName(String key, String name) {
        if (name != null && !ENV_NAME.matcher(name).matches()) {
            throw new InvalidSetting(key, "must be the NAME of an environment variable (such as YUQING_WEBHOOK_SECRET), "
                    + "not the secret itself", null);
        }
    }

    private static String secret(String file, String key, String variable, Map<String, String> env, String what) {
        String secret = env.get(variable);
        if (secret == null || secret.isBlank()) {
            throw new ConfigurationException(file, key, "names the environment variable " + variable
                    + ", which is not set (it holds " + what + ")", variable);
        }
        return secret;
    }
}
