package org.yuqing.jobs.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserDictionaryTest {

    @Test
    void aConfiguredFileAddsWordsWithTheirTags() throws Exception {
        ChineseSegmenter segmenter = new ChineseSegmenter();
        assertThat(segmenter.words("我市推行秒批秒办服务")).doesNotContain("秒批秒办");

        UserDictionary.addAll(new ByteArrayInputStream("# a city's own terms\n秒批秒办\n示例市数据局 nt\n"
                .getBytes(StandardCharsets.UTF_8)), "test");

        assertThat(segmenter.words("我市推行秒批秒办服务")).contains("秒批秒办");
        assertThat(NamedEntities.orgs(segmenter.terms("向示例市数据局反映"))).contains("示例市数据局");
    }

    @Test
    void severalFilesAreSeparatedByThePathSeparator() {
        String previous = System.getProperty(UserDictionary.PROPERTY);
        try {
            System.setProperty(UserDictionary.PROPERTY, "/etc/yuqing/a.txt" + File.pathSeparator + " /etc/yuqing/b.txt");
            assertThat(UserDictionary.configuredFiles()).containsExactly(Path.of("/etc/yuqing/a.txt"), Path.of("/etc/yuqing/b.txt"));
        } finally {
            if (previous == null) {
                System.clearProperty(UserDictionary.PROPERTY);
            } else {
                System.setProperty(UserDictionary.PROPERTY, previous);
            }
        }
    }
}
