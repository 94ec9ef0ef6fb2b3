package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What a comment quotes of a policy word for word. */
class QuotedRunsTest {

    private static final QuotedRuns CLAUSE = QuotedRuns.of("行政执法机关作出重大执法决定前，要严格进行法制审核，未经法制审核或者审核未通过的，不得作出决定。");

    @Test
    void theLongestStretchQuotedIsMeasuredInCharacters() {
        QuotedRuns.Quote quote = CLAUSE.quote(QuotedRuns.grams("按规定没经过法制审核或者审核未通过的罚单要撤销"));
        assertThat(quote.longest()).isEqualTo("法制审核或者审核未通过的".length());
        assertThat(quote.share()).isGreaterThan(0).isLessThan(1);
    }

    @Test
    void aQuoteEndsAtPunctuation() {
        // 审核，未经 is in the clause only across its comma
        assertThat(CLAUSE.quote(QuotedRuns.grams("审核未经")).longest()).isZero();
    }

    @Test
    void aCommentInOtherWordsQuotesNothing() {
        QuotedRuns.Quote quote = CLAUSE.quote(QuotedRuns.grams("小饭馆被罚款五百元"));
        assertThat(quote.longest()).isZero();
        assertThat(quote.share()).isCloseTo(0, within(1e-9));
    }
}
