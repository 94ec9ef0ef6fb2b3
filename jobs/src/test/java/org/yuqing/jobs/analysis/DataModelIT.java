package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.Integrity;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.naming.IndexNames;

/**
 * What the analysis job writes besides the documents, on the real Kafka and Elasticsearch: each policy with its
 * clauses and the interpretations that point to it, each crawled URL's last fetch, and each answered message with
 * who replied, after how long and how well. Interpretations and replies are sent before what they point to.
 */
class DataModelIT {

    @Test
    void policiesCrawlStateAndRepliesAreIndexed() throws Exception {
        try (PipelineFixture pipeline = new PipelineFixture("datamodel")) {
            String policyId = pipeline.source + "-policy";
            String messageId = pipeline.source + "-message";
            RawDocument interpretation = RawDocument.builder(pipeline.source + "-interpretation", DocumentKind.INTERPRETATION)
                    .source(pipeline.source).url("http://127.0.0.1/zcjd/" + pipeline.run + ".html")
                    .title("《关于调整基础养老金标准的通知》政策解读").text("一、为什么调整？为了提高城乡居民养老保障水平。")
                    .publishedAt("2026-11-06").replyTo(policyId).httpStatus(200).build();
            RawDocument policy = RawDocument.builder(policyId, DocumentKind.POLICY)
                    .source(pipeline.source).url("http://127.0.0.1/zcwj/" + pipeline.run + ".html")
                    .title("测试市人民政府办公室关于调整城乡居民基本养老保险基础养老金标准的通知")
                    .docNo("测政办〔2026〕7号").issuer("测试市人民政府办公室").publishedAt("2026-11-05")
                    .fetchedAt("2026-11-05T10:00:00+08:00").httpStatus(200)
                    .text("""
                            经测试市人民政府同意，现就调整我市城乡居民基本养老保险基础养老金标准有关事项通知如下：
                            一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。
                            二、调整标准。自2027年1月1日起，基础养老金由每人每月310元提高到每人每月355元。""")
                    .integrity(Integrity.hijacked(java.util.List.of("spam title: 澳门赌场在线视频")))
                    .build();
            RawDocument reply = RawDocument.builder(pipeline.source + "-reply", DocumentKind.REPLY)
                    .source(pipeline.source).url("http://127.0.0.1/hdjl/" + pipeline.run + ".html#1-reply")
                    .text("网友您好！经A5区城管局核实，小区路灯已修复，今后将继续加强巡查。")
                    .publishedAt("2026-11-08T20:00:00+08:00").replyTo(messageId).httpStatus(200).build();
            RawDocument message = RawDocument.builder(messageId, DocumentKind.MESSAGE)
                    .source(pipeline.source).url("http://127.0.0.1/hdjl/" + pipeline.run + ".html#1")
                    .title("小区路灯坏了").text("我们小区的路灯坏了一个月了，晚上出行很不方便，请尽快修理。")
                    .publishedAt("2026-11-05T08:00:00+08:00").httpStatus(200).build();
            for (RawDocument document : new RawDocument[] {interpretation, reply, policy, message}) {
                pipeline.produce(document);
            }
            pipeline.flush();

            AnalysisJob.run(pipeline.options("datamodel"));

            pipeline.elasticsearch.indices().refresh(r -> r.index(IndexNames.POLICIES, IndexNames.PAGE_FETCHES,
                    IndexNames.DOCUMENTS_ALIAS));
            JsonNode indexedPolicy = source(pipeline, IndexNames.POLICIES, policyId);
            assertThat(indexedPolicy.path("doc_no").asText()).isEqualTo("测政办〔2026〕7号");
            assertThat(indexedPolicy.path("responsible_body").asText()).isEqualTo("测试市人民政府办公室");
            assertThat(indexedPolicy.path("has_interpretation").asBoolean()).isTrue();
            assertThat(indexedPolicy.path("interpretation_ids").get(0).asText()).isEqualTo(interpretation.id());
            assertThat(indexedPolicy.path("clause_count").asInt()).isEqualTo(indexedPolicy.path("clauses").size());
            assertThat(indexedPolicy.path("clauses").findValuesAsText("text"))
                    .anySatisfy(text -> assertThat(text).contains("由每人每月310元提高到每人每月355元"));
            assertThat(indexedPolicy.path("clauses").findValuesAsText("id")).allMatch(id -> id.startsWith(policyId + "#"));

            JsonNode crawl = source(pipeline, IndexNames.PAGE_FETCHES, policyId);
            assertThat(crawl.path("host").asText()).isEqualTo("127.0.0.1");
            assertThat(crawl.path("http_status").asInt()).isEqualTo(200);
            assertThat(crawl.path("content_hash").isNull()).isTrue(); // the crawler sets it; this policy was sent by hand
            assertThat(crawl.path("hijacked").asBoolean()).isTrue();
            assertThat(crawl.path("evidence").get(0).asText()).contains("澳门赌场");

            JsonNode answered = source(pipeline, IndexNames.documentsIndexFor(message.publishedAt()), messageId).path("reply");
            assertThat(answered.path("reply_id").asText()).isEqualTo(reply.id());
            assertThat(answered.path("department").asText()).isEqualTo("A5区城管局");
            assertThat(answered.path("hours_to_reply").asDouble()).isEqualTo(84.0);
            assertThat(answered.path("quality").asDouble()).isBetween(0.0, 1.0).isPositive();
            assertThat(answered.path("gives_result").asBoolean()).isTrue();
            assertThat(pipeline.searchableCount()).isEqualTo(4);
        }
    }

    private static JsonNode source(PipelineFixture pipeline, String index, String id) throws Exception {
        var response = pipeline.elasticsearch.get(g -> g.index(index).id(id), JsonNode.class);
        assertThat(response.found()).as("%s/%s is indexed", index, id).isTrue();
        return response.source();
    }
}
