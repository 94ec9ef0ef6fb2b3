package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.classify.Prediction;

class SentimentTest {

    private static final List<String> POLARITY = List.of("positive", "negative");

    private static Prediction polarity(double positive) {
        return new Prediction(positive >= 0.5 ? "positive" : "negative", Math.max(positive, 1 - positive),
                new double[] {positive, 1 - positive});
    }

    private static Prediction emotion(String label) {
        return new Prediction(label, 0.6, new double[6]);
    }

    @Test
    void theScoreIsPositiveMinusNegative() {
        Sentiment sentiment = Sentiment.of(polarity(0.9), POLARITY, emotion("happy"));
        assertThat(sentiment.score()).isEqualTo(0.8);
        assertThat(sentiment.label()).isEqualTo("positive");
    }

    @Test
    void anUnsurePolarityIsNeutral() {
        assertThat(Sentiment.of(polarity(0.4), POLARITY, emotion("angry")).label()).isEqualTo("neutral");
    }

    @Test
    void aNeutralEmotionMakesAModeratePolarityNeutral() {
        assertThat(Sentiment.of(polarity(0.25), POLARITY, emotion("neutral")).label()).isEqualTo("neutral");
        assertThat(Sentiment.of(polarity(0.25), POLARITY, emotion("sad")).label()).isEqualTo("negative");
    }

    @Test
    void aClearComplaintStaysNegativeWithoutEmotionWords() {
        Sentiment complaint = Sentiment.of(polarity(0.1), POLARITY, emotion("neutral"));
        assertThat(complaint.label()).isEqualTo("negative");
        assertThat(complaint.score()).isEqualTo(-0.8);
    }
}
