package org.yuqing.jobs.regions;

import java.util.Locale;

/** How fine a place is reported: dashboards of a province want cities, those of a city want districts. */
public enum AdministrativeLevel {
    PROVINCE,
    CITY,
    DISTRICT;

    /** Reads {@code province}, {@code city} or {@code district}, as settings spell them. */
    public static AdministrativeLevel parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
