package org.yuqing.cli.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.cli.Yuqing;
import picocli.CommandLine;

/**
 * ./yuqing briefing --mail-to on the real Elasticsearch: the week's briefing reaches the readers' mailbox with the
 * HTML as its body and the PDF attached.
 */
class BriefingMailIT {

    @TempDir
    Path folder;

    private GreenMail mail;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void theBriefingIsMailedWithItsPdfAttached() throws Exception {
        // a region of this run's own: nothing in Elasticsearch is about it, so the briefing is the short empty one
        String region = "邮件测试区" + UUID.randomUUID().toString().substring(0, 6);
        Path routing = folder.resolve("routing.yaml");
        Files.writeString(routing, """
                fallback: 市委宣传部舆情信息处
                smtp:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  from: 舆情监测系统 <yuqing@127.0.0.1>
                recipients:
                  - name: 市委宣传部舆情信息处
                    email: xcb@127.0.0.1
                """.formatted(mail.getSmtp().getPort()));

        int exit = new CommandLine(new Yuqing()).execute("briefing", "--week", "2026-W02", "--region", region,
                "--out", folder.toString(), "--routing", routing.toString(),
                "--mail-to", "leader@127.0.0.1,deputy@127.0.0.1");

        assertThat(exit).isZero();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).startsWith("舆情周报 2026-W02");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("<html").contains("舆情周报 2026年第2周");
        BodyPart pdf = parts.getBodyPart(1);
        String name = MimeUtility.decodeText(pdf.getFileName());
        assertThat(name).isEqualTo("yuqing-briefing-2026-W02-" + region + ".pdf");
        try (InputStream in = pdf.getInputStream()) {
            byte[] attached = in.readAllBytes();
            assertThat(new String(attached, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(attached).isEqualTo(Files.readAllBytes(folder.resolve(name)));
        }
    }
}
