package org.yuqing.jobs.eventtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

class EventTimeTest {

    @Test
    void aDateAloneIsTheStartOfThatDayInChina() {
        assertThat(EventTime.epochMillis("2026-11-03")).contains(1_793_635_200_000L);
        assertThat(EventTime.epochMillis("not a date")).isEmpty();
    }

    @Test
    void aDocumentHappenedWhenPublishedButNeverAfterItWasFetched() {
        RawDocument comment = RawDocument.builder("c", DocumentKind.COMMENT)
                .publishedAt("2026-11-03T10:00:00+08:00").fetchedAt("2026-11-03T12:00:00+08:00").build();
        RawDocument mistyped = comment.toBuilder().publishedAt("2062-11-03").build();
        RawDocument undated = comment.toBuilder().publishedAt(null).build();

        assertThat(EventTime.of(comment)).contains(1_793_635_200_000L + 10 * 3_600_000L);
        assertThat(EventTime.of(mistyped)).contains(1_793_635_200_000L + 12 * 3_600_000L);
        assertThat(EventTime.of(undated)).contains(1_793_635_200_000L + 12 * 3_600_000L);
        assertThat(EventTime.of(undated.toBuilder().fetchedAt(null).build())).isEmpty();
    }
}
