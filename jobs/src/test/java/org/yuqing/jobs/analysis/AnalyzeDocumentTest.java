package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;

class AnalyzeDocumentTest {

    private final AnalyzeDocument analyze = new AnalyzeDocument();

    private static final String MESSAGE = "我叫曹正科，电话13812345678，身份证430102198506123011。"
            + "E12市卫计局重复征收社会抚养费94256元，还冻结了我的银行账户，请求撤销！";

    @Test
    void aCitizenMessageIsStoredMaskedAndClassified() {
        RawDocument raw = RawDocument.builder("m1", DocumentKind.MESSAGE)
                .title("E12市衛計局重複徵收社會撫養費").text(MESSAGE).build();

        AnalyzedDocument analyzed = analyze.map(raw);

        assertThat(analyzed.raw().text()).startsWith("我叫曹**，电话***********，身份证******************。")
                .contains("94256元");
        assertThat(analyzed.cleanText()).doesNotContain("13812345678", "正科");
        assertThat(analyzed.topic()).isEqualTo("卫生计生");
        // a request without emotion words: the transformer retrained on 2026-12-07 finds its neutral and its
        // negative close here (score about -0.3; -0.7 and negative before), and the label follows the larger
        assertThat(analyzed.sentiment()).isIn("negative", "neutral");
        assertThat(analyzed.sentimentScore()).isBetween(-1.0, -0.2);
        assertThat(analyzed.emotion()).isIn("angry", "sad", "neutral", "fear", "surprise", "happy");
        assertThat(analyzed.keywords()).isNotEmpty();
        assertThat(analyzed.orgs()).contains("卫计局");
        assertThat(analyzed.tokens()).contains("社会抚养费");
    }

    @Test
    void aPolicyIsStoredAsPublished() {
        RawDocument raw = RawDocument.builder("p1", DocumentKind.POLICY)
                .title("关于优化营商环境的通知").text("联系电话：0731-84567890").build();

        assertThat(analyze.map(raw).raw().text()).isEqualTo("联系电话：0731-84567890");
    }

    @Test
    void everyFieldOfTheAnalysedDocumentIsInTheStrictIndexMapping() throws Exception {
        AnalyzedDocument analyzed = analyze.map(RawDocument.builder("m2", DocumentKind.COMMENT).text("支持！").build());
        JsonNode json = Json.mapper().readTree(Json.write(analyzed));
        JsonNode mapping;
        try (InputStream in = getClass().getResourceAsStream("/org/yuqing/jobs/elasticsearch/yuqing-docs.template.json")) {
            mapping = Json.mapper().readTree(in).at("/template/mappings/properties");
        }

        List<String> unmapped = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!mapping.has(name)) {
                unmapped.add(name);
            }
        });
        assertThat(unmapped).as("fields the strict mapping would reject").isEmpty();
        assertThat(json.get("sentiment_score").isNumber()).isTrue();
        assertThat(json.get("keywords").isArray()).isTrue();
    }
}
