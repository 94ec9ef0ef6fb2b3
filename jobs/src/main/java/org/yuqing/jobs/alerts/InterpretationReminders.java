package org.yuqing.jobs.alerts;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.yuqing.core.alert.Alert;

/**
 * Reminders for missing interpretations, keyed by policy: a policy sets an event-time timer for the end of its
 * due day (publication plus the working days allowed); its interpretation arriving before then deletes the timer.
 * When the timer fires, the drafting body (the issuer when the drafter is not known) gets an
 * {@code interpretation_missing} alert; an interpretation that comes later ends it with a {@code subsided} version.
 */
public final class InterpretationReminders extends KeyedProcessFunction<String, PolicyPublication, Alert> {

    private final AlertSettings.InterpretationDeadline rules;
    private transient JsonState<PolicyDeadline> deadlines;

    public InterpretationReminders(AlertSettings.InterpretationDeadline rules) {
        this.rules = rules;
    }

    @Override
    public void open(OpenContext context) {
        deadlines = JsonState.of(getRuntimeContext(), "policy-deadline", PolicyDeadline.class);
    }

    @Override
    public void processElement(PolicyPublication publication, Context ctx, Collector<Alert> out) throws Exception {
        PolicyDeadline before = deadlines.get();
        if (before == null) {
            before = PolicyDeadline.none(publication.policyId());
        }
        PolicyDeadline after;
        if (publication.interpretation()) {
            after = before.interpretationSeen();
            if (before.version() > 0 && !before.interpreted()) {
                // Reminded already: the late interpretation ends the reminder.
                after = after.reminded();
                out.collect(after.alert(ctx.timestamp() != null ? ctx.timestamp() : ctx.timerService().currentWatermark(),
                        rules));
            }
        } else {
            after = before.published(publication, rules);
        }
        EpisodeTimers.move(ctx.timerService(), before.remindAt().orElse(null), after.remindAt().orElse(null));
        deadlines.set(after);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        PolicyDeadline deadline = deadlines.get();
        if (deadline == null || deadline.remindAt().filter(at -> at == timestamp).isEmpty()) {
            return;
        }
        if (EpisodeTimers.inputEnded(ctx.timerService())) {
            return;
        }
        PolicyDeadline reminded = deadline.reminded();
        out.collect(reminded.alert(timestamp, rules));
        deadlines.set(reminded);
    }
}
