package org.yuqing.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    @Test
    void theStarGroupAppliesWhenNoGroupNamesUs() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /admin/\n", "YuqingBot");

        assertThat(rules.isAllowed("/admin/login.html")).isFalse();
        assertThat(rules.isAllowed("/zcwj/index.html")).isTrue();
    }

    @Test
    void ourOwnGroupWinsOverTheStarGroup() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /
                
                User-agent: yuqingbot
                Disallow: /private
                """, "YuqingBot");

        assertThat(rules.isAllowed("/zcwj/index.html")).isTrue();
        assertThat(rules.isAllowed("/private/x")).isFalse();
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /hdjl/\nAllow: /hdjl/liuyan\nDisallow: /*.pdf$\n",
                "YuqingBot");

        assertThat(rules.isAllowed("/hdjl/liuyan.html")).isTrue();
        assertThat(rules.isAllowed("/hdjl/admin.html")).isFalse();
        assertThat(rules.isAllowed("/files/a.pdf")).isFalse();
        assertThat(rules.isAllowed("/files/a.pdf?x=1")).isTrue();
    }
}
