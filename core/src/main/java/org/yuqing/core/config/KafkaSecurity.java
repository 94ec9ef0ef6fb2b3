package org.yuqing.core.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a client authenticates to Kafka and checks the broker's certificate: the protocol, a SASL mechanism and
 * login (the password only ever from the environment), and the CA certificate that signed the broker's one.
 * Turned into the properties every Kafka client of the project is built with.
 *
 * @param protocol Kafka's {@code security.protocol}
 * @param saslMechanism with a SASL protocol: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; else null
 * @param username with a SASL protocol, the login; else null
 * @param password with a SASL protocol, the secret; else null
 * @param caCertificate with a TLS protocol, a PEM file of the CA certificate(s) to trust; null trusts the JVM's CAs
 */
public record KafkaSecurity(Protocol protocol, String saslMechanism, String username, String password,
                            Path caCertificate) implements Serializable {

    /** Kafka's security protocols: whether the connection is encrypted (TLS) and whether it logs in (SASL). */
    public enum Protocol {
        PLAINTEXT(false, false), SSL(true, false), SASL_PLAINTEXT(false, true), SASL_SSL(true, true);

        private final boolean tls;
        private final boolean sasl;

        Protocol(boolean tls, boolean sasl) {
            this.tls = tls;
            this.sasl = sasl;
        }

        public boolean tls() {
            return tls;
        }

        public boolean sasl() {
            return sasl;
        }
    }

    public static final Set<String> SASL_MECHANISMS = Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");

    public static final KafkaSecurity NONE = new KafkaSecurity(Protocol.PLAINTEXT, null, null, null, null);

    /** The client properties that carry this security; none for plain text. */
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (protocol == Protocol.PLAINTEXT) {
            return properties;
        }
        properties.put("security.protocol", protocol.name());
        if (protocol.sasl()) {
            properties.put("sasl.mechanism", saslMechanism);
            properties.put("sasl.jaas.config", loginModule() + " required username=\"" + quoted(username)
                    + "\" password=\"" + quoted(password) + "\";");
        }
        if (protocol.tls()) {
            // Host names are checked against the certificate (Kafka's default, stated so that nobody turns it off).
            properties.put("ssl.endpoint.identification.algorithm", "https");
            if (caCertificate != null) {
                properties.put("ssl.truststore.type", "PEM");
                properties.put("ssl.truststore.location", caCertificate.toString());
            }
        }
        return properties;
    }

    private String loginModule() {
        return saslMechanism.equals("PLAIN")
                ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
    }

    /** JAAS values are double-quoted strings: a quote or backslash in a password must not end them. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Never prints the password: settings end up in logs and in Flink's job graph description. */
    @Override
    public String toString() {
        return "KafkaSecurity[protocol=" + protocol + ", saslMechanism=" + saslMechanism + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", caCertificate=" + caCertificate + "]";
    }
}
