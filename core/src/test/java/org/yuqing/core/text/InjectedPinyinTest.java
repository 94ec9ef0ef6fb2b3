package org.yuqing.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InjectedPinyinTest {

    @Test
    void removesAGroupThatIsAReadingOfTheCharacterBeforeIt() {
        assertThat(InjectedPinyin.strip("政(zheng)府信(xin)息公开")).isEqualTo("政府信息公开");
    }

    @Test
    void acceptsToneMarksToneNumbersFullWidthParenthesesAndUmlauts() {
        assertThat(InjectedPinyin.strip("政（zhèng）策绿(lv4)色女(nü)性")).isEqualTo("政策绿色女性");
    }

    @Test
    void knowsEveryReadingOfAPolyphone() {
        // A sentence converter reads 行 in 银行 as hang and 重 in 重新 as chong; the injector may use either reading.
        assertThat(InjectedPinyin.strip("执行(xing)银行(hang)重(zhong)新重(chong)复")).isEqualTo("执行银行重新重复");
    }

    @Test
    void aGroupRightAfterARemovedGroupIsAboutTheSameCharacter() {
        assertThat(InjectedPinyin.strip("政(zheng)(zheng)務(wu)公开")).isEqualTo("政務公开");
    }

    @Test
    void keepsRealParentheses() {
        String text = "见附件(附件1)。依据(国办发〔2019〕54号)执行(2021年)，加入世界贸易组织(WTO)后(a)项";
        assertThat(InjectedPinyin.strip(text)).isEqualTo(text);
    }

    @Test
    void keepsAGroupThatIsNotAReadingOfItsCharacter() {
        assertThat(InjectedPinyin.strip("政(fu)府")).isEqualTo("政(fu)府");
    }

    @Test
    void reportsWhatItRemoved() {
        assertThat(InjectedPinyin.clean("政(zheng)(zheng)策").removed()).containsExactly("政(zheng)", "政(zheng)");
    }

    @Test
    void removesAGroupNestedInsideRealBracketsAndKeepsTheBrackets() {
        assertThat(InjectedPinyin.strip("详见(附件(jian)1)和（附(fu)件2）")).isEqualTo("详见(附件1)和（附件2）");
    }

    @Test
    void readsTraditionalCharactersAsTheirSimplifiedForms() {
        assertThat(InjectedPinyin.strip("廣(guang)東省人民政府辦(ban)(ban)公廳壓(ya)實責任")).isEqualTo("廣東省人民政府辦公廳壓實責任");
    }

    @Test
    void keepsTheParentheticalsOfOfficialDocuments() {
        String text = "《中小学校安全管理办法（试行）》（2020年）（国办发〔2019〕54号）(附件1)世界卫生组织（WHO）(PM2.5)";
        assertThat(InjectedPinyin.strip(text)).isEqualTo(text);
    }
}
