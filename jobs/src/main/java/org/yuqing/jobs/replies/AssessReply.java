package org.yuqing.jobs.replies;

import java.util.Optional;
import org.apache.flink.api.common.functions.MapFunction;

/** The replies step of a job: who replied, how fast, how well. The scorer loads HanLP once per task. */
public final class AssessReply implements MapFunction<ReplyInput, ReplyAssessment> {

    private static final long serialVersionUID = 1L;
    static final String UNNAMED = "未署名";

    private transient ReplyScorer scorer;

    @Override
    public ReplyAssessment map(ReplyInput input) {
        if (scorer == null) {
            scorer = new ReplyScorer();
        }
        String department = Optional.ofNullable(input.department()).filter(d -> !d.isBlank())
                .or(() -> RespondingBody.in(input.reply()))
                .orElse(UNNAMED);
        double hours = (input.repliedAtMillis() - input.messageAtMillis()) / 3_600_000.0;
        return new ReplyAssessment(input.messageId(), department, Math.round(hours * 10) / 10.0,
                scorer.score(input.subject(), input.message(), input.reply()));
    }
}
