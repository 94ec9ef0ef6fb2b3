package org.yuqing.jobs.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    @Test
    void aNameGivenAfterWoJiaoKeepsOnlyTheSurname() {
        assertThat(masker.mask("我叫曹正科，电话13812345678。我2017年8月生育了三孩"))
                .isEqualTo("我叫曹**，电话***********。我2017年8月生育了三孩");
    }

    @Test
    void namesAfterOtherCuesAreMasked() {
        assertThat(masker.mask("姓名：李红梅 身份证号：430102198506123011")).isEqualTo("姓名：李** 身份证号：******************");
        assertThat(masker.mask("联系人：欧阳娜娜")).isEqualTo("联系人：欧阳**");
        assertThat(masker.mask("本人张伟，住A市岳麓区")).isEqualTo("本人张*，住A市岳麓区");
    }

    @Test
    void officialsByTitleAndPublicBodiesStay() {
        assertThat(masker.mask("联系人：王科长")).isEqualTo("联系人：王科长");
        assertThat(masker.mask("联系人：市住房和城乡建设局")).isEqualTo("联系人：市住房和城乡建设局");
    }

    @Test
    void ordinarySentencesAfterTheCuesStay() {
        assertThat(masker.mask("本人于去年多次反映此事")).isEqualTo("本人于去年多次反映此事");
        assertThat(masker.mask("本人是一名退伍军人")).isEqualTo("本人是一名退伍军人");
        assertThat(masker.mask("本人曾多次拨打12345热线")).isEqualTo("本人曾多次拨打12345热线");
    }

    @Test
    void identityNumbersAreMaskedOnlyWhenTheCheckDigitIsRight() {
        assertThat(masker.mask("身份证11010519491231002X")).isEqualTo("身份证******************");
        // One digit changed: the checksum fails, so this is some other number.
        assertThat(masker.mask("编码110105194912310021")).isEqualTo("编码110105194912310021");
    }

    @Test
    void phonesInTheirCommonFormsAreMasked() {
        assertThat(masker.mask("手机：138-1234-5678")).isEqualTo("手机：***-****-****");
        assertThat(masker.mask("+86 139 1234 5678")).isEqualTo("+** *** **** ****");
        assertThat(masker.mask("座机0731-84567890")).isEqualTo("座机****-********");
        assertThat(masker.mask("电话（0731）84567890")).isEqualTo("电话（****）********");
        assertThat(masker.mask("联系电话：84567890")).isEqualTo("联系电话：********");
    }

    @Test
    void emailsKeepTheirDomain() {
        assertThat(masker.mask("请回复到zhang.san@qq.com，谢谢")).isEqualTo("请回复到*********@qq.com，谢谢");
    }

    @Test
    void bankCardsAreMaskedWhenTheLuhnCheckPassesOrTheWriterSaysSo() {
        assertThat(masker.mask("工资卡6222021001123456789被冻结")).isEqualTo("工资卡*******************被冻结");
        assertThat(masker.mask("卡号6217 0012 3456 7890 122")).isEqualTo("卡号**** **** **** **** ***");
        // The example fails the Luhn check, as numbers typed from memory often do; 卡号 says what it is.
        assertThat(masker.mask("我的银行卡号6222021234567890123")).isEqualTo("我的银行卡号*******************");
        // Neither a valid check digit, nor a UnionPay prefix, nor a word saying it is a card.
        assertThat(masker.mask("条码4000021001123456780")).isEqualTo("条码4000021001123456780");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "国办发〔2019〕54号",
            "湘政办发〔2020〕12号文件",
            "2019年12月1日至2020-01-31",
            "征收社会抚养费94256元，合计1,000,000元",
            "留言编号：2019120100123",
            "留言编号13812345678",
            "订单号6222021001123456789",
            "拨打12345政务服务热线",
            "户籍人口约8000000人",
            "发布时间：2019-05-06 10:53:47",
    })
    void numbersThatAreNotPersonalSurvive(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }
}
