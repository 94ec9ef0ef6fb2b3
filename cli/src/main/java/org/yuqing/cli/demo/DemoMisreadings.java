package org.yuqing.cli.demo;

import java.util.List;

/**
 * Comments in the public's own words that misread who the demo pension notice's raise is for, its clause 一
 * (taken from the misreading evaluation's development part). The end-to-end test and the alert-latency benchmark
 * send them to raise an alert on that clause.
 */
public final class DemoMisreadings {

    /** The clause they misread, as the notice words it. */
    public static final String SCOPE_CLAUSE = "本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员";

    public static final List<String> OF_SCOPE = List.of(
            "看到新闻说基础养老金提高了，我父亲是企业退休职工，是不是也能每月多领30元？",
            "养老金调整只有70岁以上的才有",
            "年满55周岁的城乡居民就能领新标准",
            "全市所有老人不管户籍，养老金全部涨30元",
            "城镇职工退休的也都能涨，人人有份",
            "是不是在本市住满一年的外地老人也能涨？",
            "是不是所有领养老金的人都涨到230？");

    private DemoMisreadings() {
    }
}
