package org.yuqing.alerts.delivery;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A Jakarta Mail session for the configured server: alerts and the weekly briefing go out the same way. */
public final class SmtpSessions {

    private SmtpSessions() {
    }

    public static Session open(SmtpSettings smtp) {
        return Session.getInstance(properties(smtp), authenticator(smtp));
    }

    private static Properties properties(SmtpSettings smtp) {
        Properties p = new Properties();
        String protocol = smtp.security() == SmtpSettings.Security.SSL ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", smtp.host());
        p.setProperty("mail." + protocol + ".port", Integer.toString(smtp.port()));
        p.setProperty("mail." + protocol + ".connectiontimeout", Integer.toString(smtp.timeoutMillis()));
        p.setProperty("mail." + protocol + ".timeout", Integer.toString(smtp.timeoutMillis()));
        p.setProperty("mail." + protocol + ".writetimeout", Integer.toString(smtp.timeoutMillis()));
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(smtp.username() != null));
        if (smtp.security() == SmtpSettings.Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (smtp.security() != SmtpSettings.Security.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        p.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        return p;
    }

    private static Authenticator authenticator(SmtpSettings smtp) {
        if (smtp.username() == null) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.username(), smtp.password());
            }
        };
    }
}
