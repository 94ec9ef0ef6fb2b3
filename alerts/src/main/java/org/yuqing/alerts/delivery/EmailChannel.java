package org.yuqing.alerts.delivery;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.yuqing.alerts.routing.Recipient;
import org.yuqing.core.alert.Alert;

/** Sends the alert as a plain-text Chinese mail ({@link AlertMail}) through the configured SMTP server. */
public final class EmailChannel implements Channel {

    private final SmtpSettings smtp;
    private final Session session;
    private final Retrying retrying;

    public EmailChannel(SmtpSettings smtp, Retrying retrying) {
        this.smtp = smtp;
        this.session = Session.getInstance(properties(smtp), authenticator(smtp));
        this.retrying = retrying;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return recipient.email() != null;
    }

    @Override
    public Attempt send(Alert alert, Notice notice, Recipient recipient) {
        MimeMessage message;
        try {
            message = message(alert, notice, recipient);
        } catch (MessagingException e) {
            return Attempt.permanentFailure("cannot build the mail: " + e.getMessage());
        }
        return retrying.run(() -> transmit(message, recipient));
    }

    private MimeMessage message(Alert alert, Notice notice, Recipient recipient) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from(), false));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient.email(), true));
        message.setSubject(AlertMail.subject(alert, notice), StandardCharsets.UTF_8.name());
        message.setText(AlertMail.body(alert, notice, recipient.name()), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("X-Yuqing-Alert-Id", alert.id());
        message.setHeader("X-Yuqing-Delivery", alert.id() + ":" + alert.version() + ":" + notice.label());
        return message;
    }

    private Attempt transmit(MimeMessage message, Recipient recipient) {
        try {
            Transport.send(message);
            return Attempt.delivered("accepted by " + smtp.host() + " for " + recipient.email());
        } catch (SendFailedException e) {
            // the server refused the address itself: sending again would be refused again
            return Attempt.permanentFailure("refused: " + e.getMessage());
        } catch (AddressException e) {
            return Attempt.permanentFailure("bad address: " + e.getMessage());
        } catch (MessagingException e) {
            return Attempt.transientFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
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
