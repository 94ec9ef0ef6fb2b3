package org.yuqing.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.json.Json;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private String stdout;
    private String stderr;
    private int exitCode;

    private void run(String input, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            exitCode = new CommandLine(new AnalyzeCommand()).execute(args);
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
        stdout = outBytes.toString(StandardCharsets.UTF_8);
        stderr = errBytes.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> records() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                records.add(Json.mapper().readTree(line));
            }
        }
        return records;
    }

    @Test
    void aCitizenMessageComesBackAnalysedWithItsPersonalDataMasked() throws Exception {
        run("{\"id\":\"m1\",\"kind\":\"message\",\"title\":\"A市公積金提取難\","
                + "\"text\":\"我叫曹正科，电话13812345678。住房公积金提取手续太繁琐，跑了三次都没办成，希望尽快解决！\","
                + "\"published_at\":\"2019-02-01\"}\n");

        JsonNode record = records().get(0);
        assertThat(exitCode).isZero();
        assertThat(record.get("id").asText()).isEqualTo("m1");
        assertThat(record.get("published_at").asText()).isEqualTo("2019-02-01");
        assertThat(record.get("text").asText()).startsWith("我叫曹**，电话***********。").doesNotContain("正科");
        assertThat(record.get("clean_text").asText()).doesNotContain("13812345678");
        assertThat(record.get("tokens").asText()).contains("公积金 提取");
        assertThat(record.get("topic").asText()).isIn("城乡建设", "劳动和社会保障");
        assertThat(record.get("topic_score").asDouble()).isBetween(0.0, 1.0);
        assertThat(record.get("sentiment").asText()).isIn("negative", "neutral");
        assertThat(record.get("sentiment_score").asDouble()).isBetween(-1.0, 0.3);
        assertThat(record.get("emotion").asText()).isIn("happy", "angry", "neutral", "sad", "fear", "surprise");
        assertThat(record.get("keywords").isArray()).isTrue();
        assertThat(record.get("places").isArray()).isTrue();
        assertThat(record.get("orgs").isArray()).isTrue();
        assertThat(record.get("policy_ids").size()).isZero();
        assertThat(record.get("misreading").get("flag").asBoolean()).isFalse();
    }

    @Test
    void aPolicyKeepsItsOriginalTextButItsCleanTextIsMasked() throws Exception {
        run("{\"id\":\"p1\",\"kind\":\"policy\",\"text\":\"来信人手机：13812345678。國務院辦公廳關於優化營商環境的意見\"}\n");

        JsonNode record = records().get(0);
        assertThat(record.get("text").asText()).contains("13812345678");
        assertThat(record.get("clean_text").asText()).contains("***********").contains("国务院办公厅关于优化营商环境");
    }

    @Test
    void aPublicBodysPhoneNumberStaysInTheCleanText() throws Exception {
        run("{\"id\":\"m1\",\"kind\":\"message\",\"text\":\"市人社局咨询电话：0731-84567890，我的电话0731-85551234\"}\n");

        JsonNode record = records().get(0);
        assertThat(record.get("clean_text").asText()).contains("0731-84567890").contains("我的电话****-********");
    }

    @Test
    void aMalformedLineIsReportedByNumberAndTheRestGoesOnInOrder() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            input.append(i == 21 ? "this line is not json" : i == 40 ? "{\"id\":\"no text\"}" : "{\"id\":\"d" + i + "\",\"text\":\"酒店服务很好" + i + "\"}")
                    .append('\n');
        }

        run(input.toString(), "--threads", "3");

        assertThat(exitCode).isZero();
        assertThat(stderr).contains("line 21:").contains("line 40:");
        List<JsonNode> records = records();
        assertThat(records).hasSize(148);
        assertThat(records.get(0).get("id").asText()).isEqualTo("d1");
        assertThat(records.get(20).get("id").asText()).isEqualTo("d22");
        assertThat(records.get(147).get("id").asText()).isEqualTo("d150");
    }

    @Test
    void policiesAreAcceptedAndAMissingFileIsAnError() {
        run("", "--policies", "/no/such/policies.jsonl");
        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr).contains("/no/such/policies.jsonl");
    }

    @Test
    void aPolicyWithNoClausesIsAnErrorNamingTheFileAndLine(@TempDir Path folder) throws Exception {
        Path policies = folder.resolve("policies.jsonl");
        Files.writeString(policies, "{\"id\":\"p1\",\"title\":\"通知\",\"text\":\"第一条 本办法自发布之日起施行。\"}\n"
                + "{\"id\":\"p2\",\"title\":\"空\",\"text\":\"\"}\n");

        run("", "--policies", policies.toString());

        assertThat(exitCode).isNotZero();
        assertThat(stderr).contains(policies.toString()).contains("line 2").contains("p2");
    }
}
