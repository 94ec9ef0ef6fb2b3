package org.yuqing.jobs.alerts;

import java.io.Serializable;
import java.util.Optional;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.jobs.eventtime.EventTime;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * The alerts of the analysis job: misread clauses, missing interpretations and hijacked sites, from the analysed
 * documents in event time, as the job's source stamps them (per Kafka partition, every dated document moving
 * its partition's watermark). So a quiet clause or a due day is noticed as the stream's time passes, not only
 * when another alert's input arrives.
 */
public final class AlertStream {

    private AlertStream() {
    }

    public static DataStream<Alert> of(DataStream<AnalyzedDocument> analyzed, BroadcastStream<PolicyRecord> policies,
                                       AlertSettings settings, ElasticsearchConnection elasticsearch) {
        SingleOutputStreamOperator<AnalyzedDocument> timed = analyzed
                .filter(document -> EventTime.of(document.raw()).isPresent())
                .uid("alerts-dated")
                .name("alerts: dated documents");

        DataStream<Alert> misreadings = inputs(timed, FlaggedComment::of, FlaggedComment.class, "flagged-comments",
                "alerts: flagged comments")
                .keyBy(FlaggedComment::clauseKey)
                .connect(policies)
                .process(new MisreadingAlertOperator(settings.misreading(), elasticsearch))
                .uid("misreading-alerts")
                .name("alerts: misread clauses");

        DataStream<Alert> reminders = inputs(timed, PolicyPublication::of, PolicyPublication.class,
                "policy-publications", "alerts: policies and interpretations")
                .keyBy(PolicyPublication::policyId)
                .process(new InterpretationReminders(settings.interpretation()))
                .uid("interpretation-reminders")
                .name("alerts: missing interpretations");

        DataStream<Alert> sites = inputs(timed, HijackedPage::of, HijackedPage.class, "hijacked-pages",
                "alerts: hijacked pages")
                .keyBy(HijackedPage::host)
                .process(new HijackedSites(settings.sites()))
                .uid("hijacked-sites")
                .name("alerts: hijacked sites");

        return misreadings.union(reminders, sites);
    }

    /** What one kind of alert takes from a document, if anything. */
    private interface Extraction<T> extends Serializable {
        Optional<T> from(AnalyzedDocument document);
    }

    private static <T> SingleOutputStreamOperator<T> inputs(DataStream<AnalyzedDocument> documents,
                                                            Extraction<T> extraction, Class<T> type, String uid,
                                                            String name) {
        return documents
                .flatMap((AnalyzedDocument document, Collector<T> out) -> extraction.from(document).ifPresent(out::collect))
                .returns(type)
                .uid(uid)
                .name(name);
    }
}
