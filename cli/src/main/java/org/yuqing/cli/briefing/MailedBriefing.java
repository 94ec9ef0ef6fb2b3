package org.yuqing.cli.briefing;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.yuqing.alerts.delivery.SmtpSessions;
import org.yuqing.alerts.delivery.SmtpSettings;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.BriefingFiles;
import org.yuqing.briefing.delivery.BriefingDelivery;

/**
 * Mails the weekly briefing to its readers through the alerts' SMTP server: the HTML as the body, so that it reads
 * in the mail client, and the PDF attached, for printing and forwarding.
 */
final class MailedBriefing implements BriefingDelivery {

    private final SmtpSettings smtp;
    private final Session session;
    private final List<String> readers;

    MailedBriefing(SmtpSettings smtp, List<String> readers) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("a briefing mailed to nobody: give at least one address");
        }
        this.smtp = smtp;
        this.session = SmtpSessions.open(smtp);
        this.readers = List.copyOf(readers);
    }

    @Override
    public void deliver(Briefing briefing, BriefingFiles files) throws IOException {
        try {
            Transport.send(message(briefing, files));
        } catch (MessagingException e) {
            throw new IOException("cannot mail the briefing " + briefing.week().label() + " through " + smtp.host()
                    + ":" + smtp.port() + ": " + e.getMessage(), e);
        }
    }

    static String subject(Briefing briefing) {
        return "舆情周报 " + briefing.week().label() + "（风险：" + briefing.narrative().risk().level().chinese() + "）";
    }

    private MimeMessage message(Briefing briefing, BriefingFiles files) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from(), false));
        for (String reader : readers) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(reader, true));
        }
        message.setSubject(subject(briefing), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());

        MimeBodyPart body = new MimeBodyPart();
        body.setText(briefing.html(), StandardCharsets.UTF_8.name(), "html");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new FileDataSource(files.pdf().toFile())));
        pdf.setFileName(MimeUtility.encodeText(files.pdf().getFileName().toString(), StandardCharsets.UTF_8.name(), null));
        pdf.setHeader("Content-Type", "application/pdf");
        message.setContent(new MimeMultipart(body, pdf));
        return message;
    }
}
