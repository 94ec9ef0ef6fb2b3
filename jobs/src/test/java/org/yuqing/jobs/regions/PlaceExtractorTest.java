package org.yuqing.jobs.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceExtractorTest {

    private static final PlaceExtractor EXTRACTOR = PlaceExtractor.chinese();

    @Test
    void aDistrictOfACityIsNormalisedToTheLevelAsked() {
        Place place = EXTRACTOR.extract("长沙市岳麓区麓谷街道的路灯坏了一个月");

        assertThat(place).isEqualTo(new Place("湖南省", "长沙市", "岳麓区"));
        assertThat(place.at(AdministrativeLevel.CITY)).isEqualTo("湖南省长沙市");
        assertThat(place.at(AdministrativeLevel.PROVINCE)).isEqualTo("湖南省");
        assertThat(place.at(AdministrativeLevel.DISTRICT)).isEqualTo("湖南省长沙市岳麓区");
    }

    @Test
    void shortNamesOfProvincesAndCitiesAreRecognised() {
        assertThat(EXTRACTOR.extract("我在广西桂林旅游").at(AdministrativeLevel.CITY)).isEqualTo("广西壮族自治区桂林市");
        assertThat(EXTRACTOR.extract("湘西的孩子上学难")).isEqualTo(new Place("湖南省", "湘西土家族苗族自治州", null));
    }

    @Test
    void aMunicipalityIsNotWrittenTwice() {
        assertThat(EXTRACTOR.extract("北京市朝阳区").at(AdministrativeLevel.CITY)).isEqualTo("北京市");
    }

    @Test
    void anonymisedPlacesOfTheTeddyDataArePlacesAsTheyAre() {
        assertThat(EXTRACTOR.extract("座落在A市A3区联丰路米兰春天G2栋")).isEqualTo(new Place(null, "A市", "A3区"));
        assertThat(EXTRACTOR.extract("A7县星沙滨湖路以南的土地")).isEqualTo(new Place(null, "A市", "A7县"));
        assertThat(EXTRACTOR.extract("A市的孩子到B9市读书", "A市")).isEqualTo(new Place(null, "A市", null));
        assertThat(EXTRACTOR.extract("B9市的公交", "A市").at(AdministrativeLevel.DISTRICT)).isEqualTo("B市B9市");
        assertThat(EXTRACTOR.extract("A7县星沙滨湖路", "A市").at(AdministrativeLevel.DISTRICT)).isEqualTo("A市A7县");
        assertThat(EXTRACTOR.extract("A7县星沙滨湖路", "A市").at(AdministrativeLevel.CITY)).isEqualTo("A市");
    }

    @Test
    void theSourceRegionFillsInWhatTheTextDoesNotSay() {
        assertThat(EXTRACTOR.extract("小区门口的路灯坏了", "湖南省长沙市")).isEqualTo(new Place("湖南省", "长沙市", null));
    }

    @Test
    void theSourceDoesNotOverrideAPlaceInAnotherCity() {
        assertThat(EXTRACTOR.extract("杭州市西湖区的房价", "湖南省长沙市").city()).isEqualTo("杭州市");
    }

    @Test
    void aRoadNamedAfterACityIsNotThatCity() {
        assertThat(EXTRACTOR.extract("中山路上的早餐店").city()).isNull();
    }

    @Test
    void aCompanyNamedLikeAPrefectureIsNotThatPrefecture() {
        assertThat(EXTRACTOR.extract("像阿里巴巴这样的大企业享受的优惠，小微企业也应该有").isUnknown()).isTrue();
    }

    @Test
    void thePlaceNamesTheAnalysisChainFoundAreReadWithoutSegmentingAgain() {
        assertThat(EXTRACTOR.fromPlaceNames("麓谷街道的路灯坏了", List.of("岳麓区"), "湖南省长沙市"))
                .isEqualTo(new Place("湖南省", "长沙市", "岳麓区"));
        assertThat(EXTRACTOR.fromPlaceNames("座落在A市A3区联丰路", List.of())).isEqualTo(new Place(null, "A市", "A3区"));
    }

    @Test
    void noPlaceIsUnknown() {
        assertThat(EXTRACTOR.extract("物业费太贵了").isUnknown()).isTrue();
    }

    @Test
    void theGazetteerHoldsEveryProvinceAndPrefecture() {
        Gazetteer gazetteer = Gazetteer.chinese();
        assertThat(gazetteer.places().stream().map(Place::province).distinct().count()).isEqualTo(34);
        assertThat(gazetteer.places().stream().filter(p -> p.city() != null).count()).isEqualTo(345);
    }
}
