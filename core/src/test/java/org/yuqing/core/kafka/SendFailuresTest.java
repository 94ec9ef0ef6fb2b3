package org.yuqing.core.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

    @Test
    void sendsThatAllSucceededLetTheFlushPass() {
        SendFailures failures = new SendFailures("topic yuqing.raw");
        failures.record(null);
        failures.record(null);

        assertThatCode(failures::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void aFailedSendFailsTheNextFlushNamingTheTopicHowManyAndWhy() {
        SendFailures failures = new SendFailures("topic yuqing.raw");
        IllegalStateException expired = new IllegalStateException("Expiring 11 record(s): 300001 ms has passed");
        failures.record(null);
        failures.record(expired);
        failures.record(new IllegalStateException("a later one"));

        assertThatThrownBy(failures::throwIfAny)
                .isInstanceOf(IOException.class)
                .hasMessage("Kafka did not take 2 record(s) for topic yuqing.raw: Expiring 11 record(s): 300001 ms has passed")
                .hasCause(expired);
    }

    @Test
    void aFailureIsReportedOnceSoThatARetriedFlushCanSucceed() {
        SendFailures failures = new SendFailures("topic yuqing.raw");
        failures.record(new IllegalStateException("expired"));

        assertThatThrownBy(failures::throwIfAny).isInstanceOf(IOException.class);
        assertThatCode(failures::throwIfAny).doesNotThrowAnyException();
    }
}
