package org.yuqing.cli.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PiiEvalCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(new CommandLine(new PiiEvalCommand()).execute(args)).isZero();
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsRecallPerKindAndThePublicSpansMasked() throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, """
                {"id":"a","text":"卡号6222021234567890123，拨打12345","spans":[{"kind":"bank_card","start":2,"end":21},{"kind":"public_phone","start":24,"end":29}]}
                {"id":"b","text":"车牌京A12345","spans":[{"kind":"plate","start":2,"end":9,"keep":2}]}
                """, StandardCharsets.UTF_8);

        String output = run("--set", set.toString(), "--seconds", "0");

        assertThat(output).containsPattern("bank_card +1 / +1 +1\\.0000")
                .containsPattern("plate +1 / +1 +1\\.0000")
                .contains("public spans wrongly masked: 0.0000");
    }

    @Test
    void aMissingSetIsAClearErrorNotAStackTrace() {
        assertThat(new CommandLine(new PiiEvalCommand()).execute("--set", dir.resolve("none.jsonl").toString())).isEqualTo(2);
    }
}
