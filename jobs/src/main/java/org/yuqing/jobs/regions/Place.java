package org.yuqing.jobs.regions;

import java.io.Serializable;

/**
 * A place as far as it is known, from the province down to the district or county; an unknown part is
 * null. Names are full names (湖南省, 长沙市, 岳麓区) or the anonymised ones of a data set (A市, A3区), which
 * are places like any other.
 */
public record Place(String province, String city, String district) implements Serializable {

    public static final Place UNKNOWN = new Place(null, null, null);

    public boolean isUnknown() {
        return province == null && city == null && district == null;
    }

    /**
     * The place cut to a level, written as one name from the top down: 湖南省长沙市 at city level. A place
     * known only below the level is still written (A3区 stays A3区): a place is a place, and hiding it would
     * lose more than showing it unqualified. A municipality is not written twice (北京市, not 北京市北京市).
     */
    public String at(AdministrativeLevel level) {
        StringBuilder name = new StringBuilder();
        if (province != null) {
            name.append(province);
        }
        if (city != null && level.compareTo(AdministrativeLevel.CITY) >= 0 && !city.equals(province)) {
            name.append(city);
        }
        if (district != null && level == AdministrativeLevel.DISTRICT) {
            name.append(district);
        }
        if (name.isEmpty()) {
            name.append(city != null ? city : district != null ? district : "");
        }
        return name.toString();
    }

    /** This place with what it does not know taken from a coarser one, such as the region of the source. */
    public Place within(Place outer) {
        if (outer == null || outer.isUnknown()) {
            return this;
        }
        boolean sameCity = city == null || outer.city == null || city.equals(outer.city);
        boolean sameProvince = province == null || outer.province == null || province.equals(outer.province);
        if (!sameCity || !sameProvince) {
            return this;
        }
        return new Place(
                province != null ? province : outer.province,
                city != null ? city : outer.city,
                district != null ? district : outer.district);
    }

    /** Whether two places can be the same: equal where both are known. */
    public boolean compatibleWith(Place other) {
        return agree(province, other.province) && agree(city, other.city) && agree(district, other.district);
    }

    private static boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
