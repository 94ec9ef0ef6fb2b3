package org.yuqing.jobs.regions;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text is about: the gazetteer's provinces and cities, districts and counties that HanLP tags
 * as place names ({@code ns}), and the anonymised places of data sets (A市A3区). Words, not characters, are
 * looked up, so that 中山路 is a road and not 中山市.
 */
public final class PlaceExtractor {

    /** A letter for a city, a letter and digits for its districts, counties and county-level cities. */
    private static final Pattern ANONYMISED = Pattern.compile("(?<![A-Za-z0-9])([A-Z])市(?:([A-Z]\\d+[区县市]))?|(?<![A-Za-z0-9])([A-Z]\\d+[区县市])");
    private static final Pattern DISTRICT_NAME = Pattern.compile(".{1,8}(?:自治县|自治旗|新区|区|县|旗|市)");

    private final Gazetteer gazetteer;

    public PlaceExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static PlaceExtractor chinese() {
        return new PlaceExtractor(Gazetteer.chinese());
    }

    /** The place of a text, completed by the region of its source where the text does not say. */
    public Place extract(String text, String sourceRegion) {
        Place inText = extract(text);
        if (sourceRegion == null || sourceRegion.isBlank()) {
            return inText;
        }
        return inText.within(extract(sourceRegion));
    }

    public Place extract(String text) {
        if (text == null || text.isBlank()) {
            return Place.UNKNOWN;
        }
        Optional<Place> anonymised = anonymised(text);
        if (anonymised.isPresent()) {
            return anonymised.get();
        }
        return named(StandardTokenizer.segment(text));
    }

    /**
     * The data sets name a district after its city's letter (A3区 is in A市, B9市 in B市), so a district
     * alone gives its city, and a district of another letter than the city named first is another city's.
     */
    private static Optional<Place> anonymised(String text) {
        Matcher m = ANONYMISED.matcher(text);
        String city = null;
        String district = null;
        while (m.find() && district == null) {
            String cityLetter = m.group(1);
            String found = m.group(2) != null ? m.group(2) : m.group(3);
            if (cityLetter != null && city == null) {
                city = cityLetter + "市";
            }
            if (found != null && (city == null || city.charAt(0) == found.charAt(0))) {
                district = found;
            }
        }
        if (city == null && district == null) {
            return Optional.empty();
        }
        return Optional.of(new Place(null, city != null ? city : district.charAt(0) + "市", district));
    }

    private Place named(List<Term> terms) {
        String province = null;
        String city = null;
        String district = null;
        for (Term term : terms) {
            String word = term.word;
            Optional<Gazetteer.Entry> entry = gazetteer.lookup(word);
            if (entry.isPresent()) {
                Place place = entry.get().place();
                boolean consistent = province == null || province.equals(place.province());
                if (province == null) {
                    province = place.province();
                }
                if (city == null && place.city() != null && consistent) {
                    city = place.city();
                }
            } else if (district == null && isDistrict(term)) {
                district = word;
            }
        }
        return new Place(province, city, district);
    }

    /** A county-level name HanLP knows as a place: not in the gazetteer, which stops at cities. */
    private static boolean isDistrict(Term term) {
        return term.nature != null && term.nature.startsWith("ns") && DISTRICT_NAME.matcher(term.word).matches();
    }
}
