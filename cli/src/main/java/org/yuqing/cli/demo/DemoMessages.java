package org.yuqing.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuqing.core.json.Json;

/**
 * The mayor's mailbox of the demo week: real citizen messages of the 2020 Teddy Cup (shipped as
 * {@code demo-portal/hdjl/messages.jsonl}, made by {@code cli/demo-sample/make_sample.py}), each placed in the week
 * by its number, printed oldest first, {@value #PER_PAGE} to a page, as message boards print them.
 *
 * <p>A reply keeps a share of its real delay (the Teddy Cup replies took days to months), so that it comes within
 * the week; one message in ten with a reply is shown still waiting for it, like those without one in the data.
 */
final class DemoMessages {

    static final int PER_PAGE = 40;
    /** The Teddy Cup board is 西地省's, and its messages went to A市 (as the data anonymises the city). */
    static final String REGION = "A市";
    private static final String SAMPLE = "/demo-portal/hdjl/messages.jsonl";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Real delays of days to months become hours to a few days. */
    private static final double HOURS_PER_DAY_OF_DELAY = 6;
    private static final Duration SHORTEST_DELAY = Duration.ofHours(2);
    private static final Duration LONGEST_DELAY = Duration.ofDays(4);

    private final List<Message> messages;

    private DemoMessages(List<Message> messages) {
        this.messages = messages;
    }

    static DemoMessages of(DemoWeek week) {
        List<Message> placed = new ArrayList<>();
        for (JsonNode m : sample()) {
            String id = m.path("id").asText();
            boolean answered = m.hasNonNull("reply") && DemoWeek.fraction(id + "/unanswered") >= 0.1;
            Duration delay = answered ? delay(m.path("reply_days").asDouble()) : Duration.ZERO;
            ZonedDateTime asked = week.spread(id, delay);
            placed.add(new Message(id, m.path("user").asText(), m.path("subject").asText(), m.path("text").asText(),
                    asked, m.path("likes").asLong(0),
                    answered ? m.path("reply").asText() : null,
                    answered ? m.path("department").asText() : null,
                    answered ? asked.plus(delay) : null));
        }
        placed.sort(Comparator.comparing(Message::asked).thenComparing(Message::id));
        return new DemoMessages(List.copyOf(placed));
    }

    private static Duration delay(double days) {
        Duration delay = Duration.ofMinutes(Math.round(days * HOURS_PER_DAY_OF_DELAY * 60));
        return delay.compareTo(SHORTEST_DELAY) < 0 ? SHORTEST_DELAY
                : delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static List<JsonNode> sample() {
        InputStream in = DemoMessages.class.getResourceAsStream(SAMPLE);
        if (in == null) {
            throw new IllegalStateException(SAMPLE + " is missing from the jar");
        }
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(Json.mapper().readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SAMPLE, e);
        }
        return lines;
    }

    int pages() {
        return (messages.size() + PER_PAGE - 1) / PER_PAGE;
    }

    int size() {
        return messages.size();
    }

    /** Page {@code n} (from 1) of the board, linking to the next, or null past the last. */
    String page(int n) {
        if (n < 1 || n > pages()) {
            return null;
        }
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><title>市长信箱 留言选登（第%d页）_示例市人民政府门户网站</title></head>
                <body>
                <h1>市长信箱 · 留言选登</h1>
                <p class="notice">本栏目公开网民来信及承办单位答复，承办单位应在5个工作日内答复。</p>
                """.formatted(n));
        for (Message m : messages.subList((n - 1) * PER_PAGE, Math.min(n * PER_PAGE, messages.size()))) {
            html.append("<div class=\"message-item\" data-id=\"").append(m.id()).append("\">\n  <div class=\"message\">\n")
                    .append("    <h3 class=\"title\">").append(escape(m.subject())).append("</h3>\n")
                    .append("    <p class=\"meta\">留言编号：").append(m.id()).append("　留言人：").append(escape(m.user()))
                    .append("　所属地区：").append(REGION).append("　留言时间：").append(MINUTE.format(m.asked()))
                    .append(m.likes() > 0 ? "　点赞数：" + m.likes() : "").append("</p>\n")
                    .append("    <div class=\"content\">").append(escape(m.text())).append("</div>\n  </div>\n");
            if (m.reply() != null) {
                html.append("  <div class=\"reply\">\n    <p class=\"meta\">答复单位：").append(escape(m.department()))
                        .append("　答复时间：").append(MINUTE.format(m.answered())).append("</p>\n")
                        .append("    <div class=\"content\">").append(escape(m.reply())).append("</div>\n  </div>\n");
            } else {
                html.append("  <p class=\"status\">办理中</p>\n");
            }
            html.append("</div>\n");
        }
        html.append("<div class=\"pages\">");
        if (n < pages()) {
            html.append("<a href=\"/hdjl/liuyan_").append(n + 1).append(".html\">下一页</a>");
        }
        html.append(" 第").append(n).append("页，共").append(pages()).append("页</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    record Message(String id, String user, String subject, String text, ZonedDateTime asked, long likes,
                   String reply, String department, ZonedDateTime answered) {
    }
}
