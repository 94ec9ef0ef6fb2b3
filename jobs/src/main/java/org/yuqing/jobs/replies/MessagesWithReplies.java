package org.yuqing.jobs.replies;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.MessageReply;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;

/**
 * Pairs a citizen's message with its official reply (the reply names the message in {@code reply_to}) and
 * emits the message again with who replied, when, after how long and how well, so that the message's document
 * in Elasticsearch carries its reply. Both pass through unchanged as well: a message is searchable before it is
 * answered. They arrive in any order (Kafka partitions by document id), so each waits in state for the other.
 *
 * <p>Both are kept for {@link #KEPT}, long enough for most replies (median 11 days, 90th percentile 42 on the
 * Teddy boards) and for an edited reply to be scored again; a reply later than that is indexed on its own.
 */
public final class MessagesWithReplies extends KeyedProcessFunction<String, AnalyzedDocument, AnalyzedDocument> {

    private static final long serialVersionUID = 1L;
    static final Duration KEPT = Duration.ofDays(90);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    // Kept as JSON bytes: a checkpoint then copies bytes rather than encoding each character of 90 days of
    // messages again (a tenth of the job's CPU under the load benchmark on the heap backend, which a cluster may
    // still be configured with), and JSON reads a checkpoint taken before a field was added.
    private transient ValueState<byte[]> message;
    private transient ValueState<byte[]> reply;
    private transient AssessReply assess;

    /** Messages, and replies that name their message. */
    public static boolean isMessageOrReply(AnalyzedDocument document) {
        DocumentKind kind = document.raw().kind();
        return kind == DocumentKind.MESSAGE || (kind == DocumentKind.REPLY && document.raw().replyTo() != null);
    }

    /** The message a document belongs to: its own id, or the message a reply answers. */
    public static KeySelector<AnalyzedDocument, String> byMessage() {
        return document -> document.raw().kind() == DocumentKind.REPLY ? document.raw().replyTo() : document.id();
    }

    @Override
    public void open(OpenContext context) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(KEPT).build();
        ValueStateDescriptor<byte[]> messages = new ValueStateDescriptor<>("message-json", byte[].class);
        messages.enableTimeToLive(ttl);
        ValueStateDescriptor<byte[]> replies = new ValueStateDescriptor<>("reply-json", byte[].class);
        replies.enableTimeToLive(ttl);
        message = getRuntimeContext().getState(messages);
        reply = getRuntimeContext().getState(replies);
        assess = new AssessReply();
    }

    @Override
    public void processElement(AnalyzedDocument document, Context ctx, Collector<AnalyzedDocument> out) throws Exception {
        if (document.raw().kind() == DocumentKind.REPLY) {
            out.collect(document);
            reply.update(Json.writeBytes(document.raw()));
            AnalyzedDocument asked = read(message.value(), AnalyzedDocument.class);
            if (asked != null) {
                out.collect(asked.withReply(assess(asked.raw(), document.raw())));
            }
            return;
        }
        message.update(Json.writeBytes(document));
        RawDocument answer = read(reply.value(), RawDocument.class);
        out.collect(answer == null ? document : document.withReply(assess(document.raw(), answer)));
    }

    private static <T> T read(byte[] json, Class<T> type) throws IOException {
        return json == null ? null : Json.mapper().readValue(json, type);
    }

    private MessageReply assess(RawDocument question, RawDocument answer) {
        Long askedAt = epochMillis(question.publishedAt());
        Long answeredAt = epochMillis(answer.publishedAt());
        boolean timed = askedAt != null && answeredAt != null;
        ReplyAssessment assessment = assess.map(new ReplyInput(question.id(), question.title(), question.text(),
                timed ? askedAt : 0, answer.text(), timed ? answeredAt : 0, answer.author()));
        ReplyQuality quality = assessment.quality();
        return new MessageReply(answer.id(), assessment.department(), answer.publishedAt(),
                timed ? assessment.hoursToReply() : null, quality.score(), quality.relevance(),
                quality.completeness(), quality.basis(), quality.givesResult());
    }

    /** A page's date: a day alone is taken as its start, a time without offset as China time. */
    static Long epochMillis(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            if (isoDate.length() == 10) {
                return LocalDate.parse(isoDate).atStartOfDay().toInstant(CHINA).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(isoDate).toInstant().toEpochMilli();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(isoDate).toInstant(CHINA).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
