package org.yuqing.jobs.hotissues;

import java.io.Serializable;

/**
 * How much each sign of attention adds to an issue's heat: the number of people who wrote, growth, likes
 * and dislikes (both are attention), reposts, and the share of negative messages. Every part is on a log scale, so a thousand likes
 * do not bury a matter a hundred people wrote about.
 */
public record HeatWeights(double volume, double growth, double reactions, double reposts, double negative)
        implements Serializable {

    public static final HeatWeights DEFAULTS = new HeatWeights(1.0, 0.5, 0.6, 0.6, 1.0);
}
