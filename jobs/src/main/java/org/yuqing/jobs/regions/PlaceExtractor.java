package org.yuqing.jobs.regions;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuqing.jobs.text.NamedEntities;

/**
 * Finds where a text is about: the gazetteer's provinces and cities, districts and counties that HanLP tags
 * as place names ({@code ns}), and the anonymised places of data sets (A市A3区). Words, not characters, are
 * looked up, so that 中山路 is a road and not 中山市.
 */
public final class PlaceExtractor {

    /** A letter for a city, a letter and digits for its districts, counties and county-level cities. */
    private static final Pattern ANONYMISED = Pattern.compile("(?<![A-Za-z0-9])([A-Z])市(?:([A-Z]\\d+[区县市]))?|(?<![A-Za-z0-9])([A-Z]\\d+[区县市])");
    private static final Pattern DISTRICT_NAME = Pattern.compile(".{1,8}(?:自治县|自治旗|新区|区|县|旗|市)");

    private static final int MAX_SOURCE_REGIONS = 10_000;

    private final Gazetteer gazetteer;
    private final Map<String, Place> sourceRegions = new ConcurrentHashMap<>();

    public PlaceExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static PlaceExtractor chinese() {
        return new PlaceExtractor(Gazetteer.chinese());
    }

    /** The place of a text, completed by the region of its source where the text does not say. */
    public Place extract(String text, String sourceRegion) {
        return withinSource(extract(text), sourceRegion);
    }

    /** {@link #fromPlaceNames(String, List)}, completed by the region of its source where the text does not say. */
    public Place fromPlaceNames(String text, List<String> placeNames, String sourceRegion) {
        return withinSource(fromPlaceNames(text, placeNames), sourceRegion);
    }

    private Place withinSource(Place inText, String sourceRegion) {
        if (sourceRegion == null || sourceRegion.isBlank()) {
            return inText;
        }
        // A handful of sources name their regions; each is read once rather than for every document.
        Place source = sourceRegions.get(sourceRegion);
        if (source == null) {
            source = extract(sourceRegion);
            if (sourceRegions.size() < MAX_SOURCE_REGIONS) {
                sourceRegions.put(sourceRegion, source);
            }
        }
        return inText.within(source);
    }

    public Place extract(String text) {
        if (text == null || text.isBlank()) {
            return Place.UNKNOWN;
        }
        return fromPlaceNames(text, NamedEntities.places(StandardTokenizer.segment(text)));
    }

    /**
     * The place of a text whose place names segmentation has already found ({@code ns} words, in order of first
     * mention, as {@link NamedEntities#places} gives them): the analysis chain has them for every document, and
     * segmenting the text a second time cost the streaming job a fifth of its CPU.
     */
    public Place fromPlaceNames(String text, List<String> placeNames) {
        if (text != null) {
            Optional<Place> anonymised = anonymised(text);
            if (anonymised.isPresent()) {
                return anonymised.get();
            }
        }
        return named(placeNames);
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

    private Place named(List<String> placeNames) {
        String province = null;
        String city = null;
        String district = null;
        for (String word : placeNames) {
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
            } else if (district == null && DISTRICT_NAME.matcher(word).matches()) {
                district = word;
            }
        }
        return new Place(province, city, district);
    }
}
