package org.yuqing.alerts.delivery;

/**
 * The mail server the router sends through. The password comes from the environment variable the routing file
 * names, never from the file.
 *
 * @param security none (a relay on the local network or a test server), starttls or ssl
 * @param from     the sender, such as {@code 舆情监测 <yuqing@example.gov.cn>}
 * @param username null when the server takes mail without logging in
 */
public record SmtpSettings(String host, int port, Security security, String from, String username, String password,
                           int timeoutMillis) {

    public enum Security { NONE, STARTTLS, SSL }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", from " + from
                + (username == null ? "" : ", user " + username) + "]";
    }
}
