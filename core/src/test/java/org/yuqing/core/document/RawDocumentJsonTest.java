package org.yuqing.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.json.Json;

class RawDocumentJsonTest {

    private final RawDocument policy = RawDocument.builder("abc", DocumentKind.POLICY)
            .source("www.gov.cn")
            .url("http://www.gov.cn/p.htm")
            .title("国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见")
            .docNo("国发〔2019〕5号")
            .publishedAt("2019-02-15")
            .build();

    @Test
    void writesSnakeCaseNamesAndEveryFieldEvenWhenUnknown() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.write(policy));

        assertThat(json.get("kind").asText()).isEqualTo("policy");
        assertThat(json.get("doc_no").asText()).isEqualTo("国发〔2019〕5号");
        assertThat(json.get("published_at").asText()).isEqualTo("2019-02-15");
        assertThat(json.has("written_at")).isTrue();
        assertThat(json.get("written_at").isNull()).isTrue();
        assertThat(json.get("integrity").get("hijacked").asBoolean()).isFalse();
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        assertThat(Json.read(Json.write(policy), RawDocument.class)).isEqualTo(policy);
    }

    @Test
    void keepsHijackEvidence() throws Exception {
        RawDocument hijacked = policy.toBuilder().integrity(Integrity.hijacked(List.of("spam title"))).build();

        assertThat(Json.read(Json.write(hijacked), RawDocument.class).integrity().evidence()).containsExactly("spam title");
    }

    @Test
    void refusesARecordWithoutIdOrWithAnUnknownKind() {
        assertThatThrownBy(() -> Json.read("{\"kind\":\"policy\"}", RawDocument.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> Json.read("{\"id\":\"x\",\"kind\":\"tweet\"}", RawDocument.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("unknown document kind 'tweet'");
    }

    @Test
    void anArticleWithItsAttachmentsTravelsAsJson() throws Exception {
        RawDocument article = RawDocument.builder("n1", DocumentKind.ARTICLE).title("全市秋季学期校园安全工作会议召开")
                .attachments(List.of(new Attachment("1.工作清单.doc", "http://127.0.0.1/a/1.doc"))).build();

        JsonNode json = Json.mapper().readTree(Json.write(article));

        assertThat(json.get("kind").asText()).isEqualTo("article");
        assertThat(json.get("attachments").get(0).get("name").asText()).isEqualTo("1.工作清单.doc");
        assertThat(Json.read(Json.write(article), RawDocument.class)).isEqualTo(article);
        assertThat(Json.mapper().readTree(Json.write(policy)).get("attachments").isEmpty()).isTrue();
    }
}
