package org.yuqing.jobs.regions;

import java.io.Serializable;
import java.util.List;

/**
 * The place of a document at the level its users configured: 长沙市岳麓区 is 湖南省长沙市 for a province's
 * dashboards. The extractor (and HanLP under it) loads lazily, once per task, after the function has
 * travelled to its task manager.
 */
public final class PlaceNormalizer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AdministrativeLevel level;
    private transient PlaceExtractor extractor;

    public PlaceNormalizer(AdministrativeLevel level) {
        this.level = level;
    }

    /** The place name at the configured level, or null when neither the text nor the source names one. */
    public String normalize(String text, String sourceRegion) {
        Place place = place(text, sourceRegion);
        return place.isUnknown() ? null : place.at(level);
    }

    public Place place(String text, String sourceRegion) {
        return extractor().extract(text, sourceRegion);
    }

    /** The place of a text whose place names the analysis chain has already found; see {@link PlaceExtractor}. */
    public Place place(String text, List<String> placeNames, String sourceRegion) {
        return extractor().fromPlaceNames(text, placeNames, sourceRegion);
    }

    private PlaceExtractor extractor() {
        if (extractor == null) {
            extractor = PlaceExtractor.chinese();
        }
        return extractor;
    }

    public AdministrativeLevel level() {
        return level;
    }
}
