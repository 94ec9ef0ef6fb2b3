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
        // The issue's example fails the Luhn check, as numbers typed from memory often do; 卡号 says what it is.
        assertThat(masker.mask("我的银行卡号6222021234567890123")).isEqualTo("我的银行卡号*******************");
        // Neither a valid check digit, nor a UnionPay prefix, nor a word saying it is a card.
        assertThat(masker.mask("条码4000021001123456780")).isEqualTo("条码4000021001123456780");
    }

    @Test
    void theIssuesExampleLosesItsCardAndItsDoor() {
        assertThat(masker.mask("我叫曹正科，家住岳麓区麓山南路12号3栋501，工资卡6222021234567890123"))
                .isEqualTo("我叫曹**，家住岳麓区麓山南路**号*栋***，工资卡*******************");
    }

    @Test
    void homeAddressesKeepTheirPlaceAndLoseTheirDoor() {
        assertThat(masker.mask("住在阳光花园5幢2单元302室")).isEqualTo("住在阳光花园*幢*单元***室");
        assertThat(masker.mask("我是黄花镇金龙村3组15号村民")).isEqualTo("我是黄花镇金龙村*组**号村民");
        assertThat(masker.mask("家住人民中路十二号三栋五零一室")).isEqualTo("家住人民中路**号*栋***室");
        assertThat(masker.mask("住保利林语２７－３－１０２")).isEqualTo("住保利林语**－*－***");
    }

    @Test
    void aBuildingAloneIsSharedByManyAndStays() {
        assertThat(masker.mask("小区19栋没有地下车库，17栋1楼开了麻将馆")).isEqualTo("小区19栋没有地下车库，17栋1楼开了麻将馆");
        assertThat(masker.mask("开发商一房两证，三房两厅改成了5室1厅")).isEqualTo("开发商一房两证，三房两厅改成了5室1厅");
    }

    @Test
    void platesKeepProvinceAndCityLetter() {
        assertThat(masker.mask("车牌京A12345的车")).isEqualTo("车牌京A*****的车");
        assertThat(masker.mask("粤B·D12345闯红灯")).isEqualTo("粤B·******闯红灯");
        assertThat(masker.mask("沪A-12345和湘A1234学")).isEqualTo("沪A-*****和湘A****学");
    }

    @Test
    void passportsAndPermitsKeepTheirLetter() {
        assertThat(masker.mask("护照E12345678过期")).isEqualTo("护照E********过期");
        assertThat(masker.mask("港澳通行证C12345678，旧证W12345678")).isEqualTo("港澳通行证C********，旧证W********");
        assertThat(masker.mask("护照号码：e1234567")).isEqualTo("护照号码：e*******");
    }

    @Test
    void fullWidthAndDictatedDigitsAreMasked() {
        assertThat(masker.mask("电话１３８１２３４５６７８")).isEqualTo("电话***********");
        assertThat(masker.mask("打我手机一三八一二三四五六七八")).isEqualTo("打我手机***********");
    }

    @Test
    void publicBodiesNumbersAndAddressesStay() {
        String notice = "市人社局地址：长沙市芙蓉区五一大道88号，咨询电话0731-12345678，也可拨打12345、110、120、119。";
        assertThat(masker.mask(notice)).isEqualTo(notice);
        assertThat(masker.mask("请到区政务服务中心（韶山北路1号）办理，值班电话：0731-84561234"))
                .isEqualTo("请到区政务服务中心（韶山北路1号）办理，值班电话：0731-84561234");
        // The same form given as the writer's own is masked.
        assertThat(masker.mask("我家地址：五一大道88号，我的电话0731-84561234"))
                .isEqualTo("我家地址：五一大道**号，我的电话****-********");
    }

    @ParameterizedTest
    @ValueSource(strings = {"路1号", "1号", "12栋", "1-", "我叫张", "一", "a@", "😀"})
    void aHundredThousandCharactersOfOneFormAreMaskedWithoutFailing(String unit) {
        String text = unit.repeat(100_000 / unit.length());
        assertThat(masker.mask(text)).hasSameSizeAs(text);
    }

    @Test
    void maskingNeverChangesTheLength() {
        String text = "本人张伟，身份证430104198506123017，住１２栋３单元４０２，卡号6217 0012 3456 7890 122，车牌湘Ａ·１２３４５";
        assertThat(masker.mask(text)).hasSameSizeAs(text).isNotEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "国办发〔2019〕54号",
            "地铁2号线",
            "G1234次列车",
            "2019年12月3号",
            "发布时间：2018-08-22",
            "小区共有12栋楼，848户业主",
            "坐G6032次去深圳",
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
