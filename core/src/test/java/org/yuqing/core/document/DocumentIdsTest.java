package org.yuqing.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void theSamePageGetsTheSameIdHoweverItsUrlIsWritten() {
        String id = DocumentIds.forUrl("http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm");

        assertThat(DocumentIds.forUrl("HTTP://WWW.GOV.CN:80/zhengce/content/2019-02/15/content_5365945.htm#top"))
                .isEqualTo(id);
        assertThat(DocumentIds.forUrl("http://www.gov.cn/zhengce/./content/2019-02/15/content_5365945.htm"))
                .isEqualTo(id);
    }

    @Test
    void differentPagesGetDifferentIds() {
        assertThat(DocumentIds.forUrl("http://example.gov.cn/art?id=1"))
                .isNotEqualTo(DocumentIds.forUrl("http://example.gov.cn/art?id=2"))
                .isNotEqualTo(DocumentIds.forUrl("http://example.gov.cn:8080/art?id=1"));
    }

    @Test
    void messagesOnOnePageAreToldApartByTheSourcesOwnIds() {
        assertThat(DocumentIds.forNativeId("board", "LY001")).isEqualTo(DocumentIds.forNativeId("board", "LY001"))
                .isNotEqualTo(DocumentIds.forNativeId("board", "LY002"))
                .isNotEqualTo(DocumentIds.forNativeId("other-board", "LY001"));
    }
}
