package org.yuqing.jobs.policy;

/**
 * A value or range with its unit, normalised so that a comment and a clause can be compared: money in 元,
 * durations in months (or days for 天), dates as epoch days with unit {@link #DATE}.
 */
public record Quantity(double min, double max, String unit) {

    public static final String DATE = "date";
    public static final String YUAN = "元";
    public static final String MONTHS = "个月";
    public static final String DAYS = "天";
    public static final String YEARS_OF_AGE = "岁";
    public static final String PERCENT = "%";

    public Quantity {
        if (max < min) {
            throw new IllegalArgumentException("range ends before it starts: " + min + ".." + max);
        }
    }

    public static Quantity of(double value, String unit) {
        return new Quantity(value, value, unit);
    }

    public boolean isRange() {
        return max > min;
    }

    public boolean overlaps(Quantity other) {
        return unit.equals(other.unit) && min <= other.max && other.min <= max;
    }

    public boolean contains(double value) {
        return min <= value && value <= max;
    }
}
