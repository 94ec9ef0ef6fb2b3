package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedVectorsTest {

    /** Encodes a text as its length, and notes every text it was asked for. */
    private final List<String> encoded = new ArrayList<>();
    private final SentenceVectors counting = texts -> {
        encoded.addAll(texts);
        return texts.stream().map(text -> new float[] {text.length()}).toList();
    };

    @Test
    void aPolicyRegisteredBesideOthersEncodesOnlyItsOwnTexts() {
        SentenceVectors vectors = new RememberedVectors(counting, 100);
        vectors.vectors(List.of("第一条 申请人应当年满18周岁。", "第二条 补贴每月发放。"));
        encoded.clear();

        List<float[]> rebuilt = vectors.vectors(List.of("第一条 申请人应当年满18周岁。", "第二条 补贴每月发放。", "新政策的标题"));

        assertThat(encoded).containsExactly("新政策的标题");
        assertThat(rebuilt).extracting(vector -> vector[0]).containsExactly(16f, 11f, 6f);
    }

    @Test
    void aTextTwiceInOneCallIsEncodedOnce() {
        SentenceVectors vectors = new RememberedVectors(counting, 100);

        List<float[]> result = vectors.vectors(List.of("一网通办", "一网通办"));

        assertThat(encoded).containsExactly("一网通办");
        assertThat(result).hasSize(2);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedTextIsEncodedAgain() {
        SentenceVectors vectors = new RememberedVectors(counting, 2);
        vectors.vectors(List.of("甲", "乙"));
        vectors.vectors(List.of("甲"));
        vectors.vectors(List.of("丙"));
        encoded.clear();

        vectors.vectors(List.of("甲", "乙", "丙"));

        assertThat(encoded).containsExactly("乙");
    }

    @Test
    void commentsAreNotRemembered() {
        SentenceVectors vectors = new RememberedVectors(counting, 100);

        vectors.documentVectors(List.of("听说以后都要网上办"));
        vectors.documentVectors(List.of("听说以后都要网上办"));

        assertThat(encoded).containsExactly("听说以后都要网上办", "听说以后都要网上办");
    }
}
