package org.yuqing.alerts.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

/**
 * Reads the routing file (see {@code deploy/routing.example.yaml}). Secrets are named, not written: the file says
 * which environment variable holds the webhook secret and the SMTP password, and a secret written into the file
 * itself is refused.
 */
public final class RoutingFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("fallback", "recipients", "rules", "webhook", "smtp", "deadline_check_seconds");
    private static final Set<String> RECIPIENT = Set.of("name", "webhook", "email", "webhook_secret_env");
    private static final Set<String> RULE = Set.of("name", "issuers", "responsible_bodies", "topics", "regions", "types",
            "hosts", "recipients");
    private static final Set<String> WEBHOOK = Set.of("secret_env", "timeout_seconds", "attempts", "first_retry_millis",
            "max_retry_millis");
    private static final Set<String> SMTP = Set.of("host", "port", "security", "from", "username", "password_env",
            "timeout_seconds");
    private static final Set<String> SECRETS = Set.of("secret", "password", "webhook_secret");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern ENV_NAME = Pattern.compile("^[A-Z_][A-Z0-9_]*$");

    private RoutingFile() {
    }

    public static RouterConfig load(Path file, Map<String, String> environment) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read as YAML: " + e.getMessage(), e);
        }
        return parse(new ConfigNode(file.toString(), "", root == null ? YAML.missingNode() : root), environment);
    }

    static RouterConfig parse(ConfigNode root, Map<String, String> env) {
        refuseSecrets(root);
        root.onlyKeys(TOP);
        ConfigNode webhookNode = root.child("webhook");
        if (webhookNode.present()) {
            webhookNode.onlyKeys(WEBHOOK);
        }
        ConfigNode defaultSecretEnv = webhookNode.child("secret_env");
        envName(defaultSecretEnv);

        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (ConfigNode node : root.child("recipients").items()) {
            Recipient recipient = recipient(node, defaultSecretEnv, env);
            if (recipients.putIfAbsent(recipient.name(), recipient) != null) {
                throw node.child("name").error("must be unique; another recipient has this name");
            }
        }
        ConfigNode fallbackNode = root.child("fallback");
        Recipient fallback = recipients.get(fallbackNode.text());
        if (fallback == null) {
            throw fallbackNode.error("must be the name of one of the recipients " + recipients.keySet());
        }
        List<RoutingRule> rules = root.child("rules").present()
                ? root.child("rules").items().stream().map(node -> rule(node, recipients.keySet())).toList()
                : List.of();
        boolean anyEmail = recipients.values().stream().anyMatch(r -> r.email() != null);
        SmtpSettings smtp = root.child("smtp").present() ? smtp(root.child("smtp"), env) : null;
        if (anyEmail && smtp == null) {
            throw root.child("smtp").error("is missing; recipients with an e-mail address need the mail server");
        }
        Duration deadlineCheck = Duration.ofSeconds(root.child("deadline_check_seconds").integer(60, 1, 86_400));
        return new RouterConfig(new RoutingTable(rules, recipients, fallback), webhook(webhookNode), smtp, deadlineCheck);
    }

    private static Recipient recipient(ConfigNode node, ConfigNode defaultSecretEnv, Map<String, String> env) {
        node.onlyKeys(RECIPIENT);
        String name = node.child("name").text();
        URI webhook = webhookUrl(node.child("webhook"));
        String email = node.child("email").optionalText();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw node.child("email").error("must be an e-mail address such as office@example.gov.cn");
        }
        if (webhook == null && email == null) {
            throw node.error("needs a webhook URL or an e-mail address (or both)");
        }
        String secret = null;
        if (webhook != null) {
            ConfigNode secretEnvNode = node.child("webhook_secret_env").present() ? node.child("webhook_secret_env") : defaultSecretEnv;
            String secretEnv = envName(secretEnvNode);
            if (secretEnv == null) {
                throw node.child("webhook_secret_env").error(
                        "is missing, and so is webhook.secret_env: a webhook needs the environment variable that holds its signing secret");
            }
            secret = env.get(secretEnv);
            if (secret == null || secret.isBlank()) {
                throw secretEnvNode.error("names the environment variable " + secretEnv + ", which is not set (it holds the webhook signing secret)");
            }
        }
        return new Recipient(name, webhook, secret, email);
    }

    private static RoutingRule rule(ConfigNode node, Set<String> recipientNames) {
        node.onlyKeys(RULE);
        String name = node.child("name").text();
        Set<AlertType> types = new LinkedHashSet<>();
        for (String type : node.child("types").texts()) {
            types.add(alertType(node.child("types"), type));
        }
        ConfigNode recipientsNode = node.child("recipients");
        Set<String> recipients = recipientsNode.texts();
        if (recipients.isEmpty()) {
            throw recipientsNode.error("must list at least one recipient by name");
        }
        for (String recipient : recipients) {
            if (!recipientNames.contains(recipient)) {
                throw recipientsNode.error("names " + recipient + ", which is not one of the recipients " + recipientNames);
            }
        }
        return new RoutingRule(name, node.child("issuers").texts(), node.child("responsible_bodies").texts(),
                node.child("topics").texts(), node.child("regions").texts(), types, node.child("hosts").texts(),
                List.copyOf(recipients));
    }

    private static AlertType alertType(ConfigNode node, String value) {
        for (AlertType type : AlertType.values()) {
            if (type.label().equals(value)) {
                return type;
            }
        }
        throw node.error("must list alert types among " + Stream.of(AlertType.values()).map(AlertType::label).toList());
    }

    private static WebhookSettings webhook(ConfigNode node) {
        WebhookSettings d = WebhookSettings.DEFAULTS;
        return new WebhookSettings(
                Duration.ofSeconds(node.child("timeout_seconds").integer((int) d.timeout().toSeconds(), 1, 300)),
                node.child("attempts").integer(d.attempts(), 1, 20),
                Duration.ofMillis(node.child("first_retry_millis").integer((int) d.firstRetry().toMillis(), 1, 600_000)),
                Duration.ofMillis(node.child("max_retry_millis").integer((int) d.maxRetry().toMillis(), 1, 3_600_000)));
    }

    private static SmtpSettings smtp(ConfigNode node, Map<String, String> env) {
        node.onlyKeys(SMTP);
        String host = node.child("host").text();
        ConfigNode securityNode = node.child("security");
        SmtpSettings.Security security = SmtpSettings.Security.STARTTLS;
        if (securityNode.present()) {
            try {
                security = SmtpSettings.Security.valueOf(securityNode.text().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw securityNode.error("must be one of none, starttls, ssl");
            }
        }
        int defaultPort = switch (security) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SSL -> 465;
        };
        int port = node.child("port").integer(defaultPort, 1, 65_535);
        String from = node.child("from").text();
        String username = node.child("username").optionalText();
        String password = null;
        ConfigNode passwordEnvNode = node.child("password_env");
        if (username != null) {
            String passwordEnv = envName(passwordEnvNode);
            if (passwordEnv == null) {
                throw passwordEnvNode.error("is missing: with a username, name the environment variable that holds the SMTP password");
            }
            password = env.get(passwordEnv);
            if (password == null || password.isEmpty()) {
                throw passwordEnvNode.error("names the environment variable " + passwordEnv + ", which is not set (it holds the SMTP password)");
            }
        }
        int timeoutMillis = node.child("timeout_seconds").integer(30, 1, 600) * 1000;
        return new SmtpSettings(host, port, security, from, username, password, timeoutMillis);
    }

    private static URI webhookUrl(ConfigNode node) {
        String value = node.optionalText();
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the file and key
        }
        throw node.error("must be an http:// or https:// URL with a host");
    }

    private static String envName(ConfigNode node) {
        String name = node.optionalText();
        if (name != null && !ENV_NAME.matcher(name).matches()) {
            throw node.error("must be the NAME of an environment variable (such as YUQING_WEBHOOK_SECRET), not the secret itself");
        }
        return name;
    }

    /** A secret written into the file would end up in version control and in backups: refuse it wherever it is. */
    private static void refuseSecrets(ConfigNode node) {
        if (node.node().isObject()) {
            for (var fields = node.node().fieldNames(); fields.hasNext(); ) {
                String key = fields.next();
                if (SECRETS.contains(key)) {
                    throw node.child(key).errorHidingValue("must not be in a file; put the secret in an environment variable and name it with "
                            + (key.equals("password") ? "password_env" : "secret_env"));
                }
                refuseSecrets(node.child(key));
            }
        } else if (node.node().isArray()) {
            node.items().forEach(RoutingFile::refuseSecrets);
        }
    }
}
