package org.yuqing.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.classify.FeatureHasher;
import org.yuqing.jobs.classify.JointModels;
import org.yuqing.jobs.classify.LinearModel;
import org.yuqing.jobs.classify.Prediction;
import org.yuqing.jobs.classify.SparseVector;
import org.yuqing.training.LinearTrainer.Sample;

class LinearModelTest {

    private final FeatureHasher hasher = new FeatureHasher();

    private static final List<String> THREE_TOPICS = List.of("traffic", "school", "health");

    private SparseVector x(String text) {
        return hasher.features(text, List.of());
    }

    private List<Sample> threeTopics() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(new Sample(x("公交车站太远，地铁线路" + i), 0));
            samples.add(new Sample(x("学校老师收费，学生作业" + i), 1));
            samples.add(new Sample(x("医院看病贵，医生态度" + i), 2));
        }
        return samples;
    }

    @Test
    void learnsThreeLabelsAndSurvivesTheFileFormat() throws Exception {
        LinearModel model = new LinearTrainer(4, false, false).train(THREE_TOPICS, threeTopics());

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        model.write(file, 1000);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(file.toByteArray()));

        for (LinearModel m : List.of(model, read)) {
            assertThat(m.predict(x("地铁和公交")).label()).isEqualTo("traffic");
            assertThat(m.predict(x("学校的老师")).label()).isEqualTo("school");
            assertThat(m.predict(x("去医院看医生")).label()).isEqualTo("health");
        }
        Prediction before = model.predict(x("医院"));
        Prediction after = read.predict(x("医院"));
        assertThat(after.probability()).isCloseTo(before.probability(), within(0.02));
        assertThat(after.probabilities()).hasSize(3);
    }

    @Test
    void naiveBayesScaledTrainingLearnsTheSameLabels() {
        LinearModel model = new LinearTrainer(4, true, true).train(THREE_TOPICS, threeTopics());

        assertThat(model.predict(x("地铁和公交")).label()).isEqualTo("traffic");
        assertThat(model.predict(x("学校的老师")).label()).isEqualTo("school");
        assertThat(model.predict(x("去医院看医生")).label()).isEqualTo("health");
    }

    @Test
    void twoLabelsUseOneVectorAndProbabilitiesAddUp() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            samples.add(new Sample(x("很好，很满意，推荐" + i), 0));
            samples.add(new Sample(x("太差，失望，不推荐" + i), 1));
        }
        LinearModel model = new LinearTrainer(4, false, false).train(List.of("positive", "negative"), samples);

        Prediction good = model.predict(x("很满意"));
        assertThat(good.label()).isEqualTo("positive");
        assertThat(good.probabilities()[0] + good.probabilities()[1]).isCloseTo(1.0, within(1e-9));
        assertThat(model.predict(x("太失望了")).label()).isEqualTo("negative");
    }

    @Test
    void pruningKeepsOnlyTheHeaviestFeatures() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // Rare characters, different in every text, so that many features carry a little weight each.
            samples.add(new Sample(x("很棒的好评" + (char) ('一' + 7 * i) + (char) ('丁' + 11 * i)), 0));
            samples.add(new Sample(x("糟糕的差评" + (char) ('乙' + 13 * i) + (char) ('七' + 17 * i)), 1));
        }
        LinearModel model = new LinearTrainer(4, false, false).train(List.of("positive", "negative"), samples);
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        ByteArrayOutputStream large = new ByteArrayOutputStream();
        model.write(small, 20);
        model.write(large, 100_000);

        assertThat(small.size()).isLessThan(large.size());
        assertThat(LinearModel.read(new ByteArrayInputStream(small.toByteArray())).predict(x("很棒的体验")).label())
                .isEqualTo("positive");
    }

    @Test
    void jointModelsPredictWhatEachModelPredictsAlone() {
        LinearModel topics = new LinearTrainer(4, false, false).train(THREE_TOPICS, threeTopics());
        List<Sample> polarity = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            polarity.add(new Sample(x("很好，很满意，推荐" + i), 0));
            polarity.add(new Sample(x("太差，失望，不推荐" + i), 1));
        }
        LinearModel sentiment = new LinearTrainer(4, false, false).train(List.of("positive", "negative"), polarity);
        JointModels joint = new JointModels(List.of(topics, sentiment));

        for (String text : List.of("地铁太差了", "学校很满意", "医院")) {
            Prediction[] both = joint.predict(x(text));
            assertThat(both[0].probabilities()).containsExactly(topics.predict(x(text)).probabilities(), within(1e-6));
            assertThat(both[1].probabilities()).containsExactly(sentiment.predict(x(text)).probabilities(), within(1e-6));
        }
    }
}
