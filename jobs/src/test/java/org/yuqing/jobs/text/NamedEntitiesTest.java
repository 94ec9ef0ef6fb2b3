package org.yuqing.jobs.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedEntitiesTest {

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    @Test
    void placesAndOrganisationsComeFromTheTags() {
        List<Term> terms = segmenter.terms("长沙市岳麓区居民向长沙市住建局和湖南大学反映，长沙市的老旧小区改造进度太慢");

        assertThat(NamedEntities.places(terms)).contains("长沙市", "岳麓区").doesNotHaveDuplicates();
        assertThat(NamedEntities.orgs(terms)).contains("湖南大学", "长沙市住建局");
    }

    @Test
    void keywordsAreContentWordsNotMaskedData() {
        List<Term> terms = segmenter.terms("我叫曹**，电话***********。小区停车位被占用，物业不管，停车位问题请住建局处理，停车位太少。");

        List<String> keywords = new Keywords(5).of(terms);

        assertThat(keywords).hasSizeLessThanOrEqualTo(5).contains("停车位").noneMatch(k -> k.contains("*"));
    }
}
