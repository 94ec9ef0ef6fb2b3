package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25Test {

    private final Bm25 clauses = new Bm25(List.of(
            List.of("养老金", "提高", "30元"),
            List.of("资金", "财政", "分担", "养老金"),
            List.of("实施", "日期", "2027年", "起", "施行", "本办法", "养老金", "发放", "按月", "到账")));

    @Test
    void aDocumentWithoutAnyTermOfTheQueryScoresNothing() {
        double[] scores = clauses.scores(List.of("财政"));

        assertThat(scores[0]).isZero();
        assertThat(scores[1]).isPositive();
        assertThat(scores[2]).isZero();
        assertThat(clauses.scores(List.of("公租房"))).containsExactly(0, 0, 0);
    }

    @Test
    void aTermInEveryDocumentCountsLessThanARareOne() {
        double[] common = clauses.scores(List.of("养老金"));
        double[] rare = clauses.scores(List.of("30元"));

        assertThat(rare[0]).isGreaterThan(common[0]);
    }

    @Test
    void ofTwoDocumentsHoldingTheTermTheShorterScoresHigher() {
        double[] scores = clauses.scores(List.of("养老金"));

        assertThat(scores[0]).isGreaterThan(scores[2]);
    }

    @Test
    void aTermRepeatedInTheQueryCountsOnce() {
        assertThat(clauses.scores(List.of("财政", "财政"))).containsExactly(clauses.scores(List.of("财政")));
    }

    @Test
    void theCeilingIsEveryDistinctTermFoundOnce() {
        assertThat(clauses.ceiling(List.of("30元", "财政", "30元")))
                .isCloseTo(clauses.idf("30元") + clauses.idf("财政"), within(1e-12));
    }
}
