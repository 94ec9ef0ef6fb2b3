package org.yuqing.jobs.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provinces and prefecture-level cities of China, by full name and by the short name text uses
 * (湖南, 长沙). Districts and counties are not in the list (see {@code divisions.txt}).
 */
public final class Gazetteer {

    /** A name that text may contain, and the place it stands for. */
    public record Entry(String name, Place place, boolean shortForm) {
    }

    private static final String RESOURCE = "divisions.txt";

    private final Map<String, Entry> byName;
    private final List<String> namesLongestFirst;

    private Gazetteer(Map<String, Entry> byName) {
        this.byName = Map.copyOf(byName);
        this.namesLongestFirst = byName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    public static Gazetteer chinese() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jobs jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Gazetteer parse(BufferedReader lines) throws IOException {
        Map<String, Entry> byName = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String[] province = nameAndAlias(line.substring(0, colon).strip());
            Place provincePlace = new Place(province[0], null, null);
            add(byName, province, provincePlace);
            for (String city : line.substring(colon + 1).strip().split("\\s+")) {
                String[] cityName = nameAndAlias(city);
                // A municipality is its own city: 北京市 is both.
                add(byName, cityName, new Place(province[0], cityName[0], null));
            }
        }
        return new Gazetteer(byName);
    }

    private static String[] nameAndAlias(String written) {
        int eq = written.indexOf('=');
        if (eq >= 0) {
            return new String[] {written.substring(0, eq), written.substring(eq + 1)};
        }
        String shortName = written.replaceFirst("(省|市|地区|盟|特别行政区)$", "");
        return new String[] {written, shortName.length() >= 2 ? shortName : written};
    }

    private static void add(Map<String, Entry> byName, String[] nameAndAlias, Place place) {
        // A finer place wins a shared name: 北京市 the city over 北京市 the province, 吉林市 over nothing.
        byName.merge(nameAndAlias[0], new Entry(nameAndAlias[0], place, false), Gazetteer::finer);
        if (!nameAndAlias[1].equals(nameAndAlias[0])) {
            byName.merge(nameAndAlias[1], new Entry(nameAndAlias[1], place, true), Gazetteer::coarser);
        }
    }

    private static Entry finer(Entry a, Entry b) {
        return b.place().city() != null ? b : a;
    }

    /** A short name shared by a province and a city (吉林) means the province, as people use it. */
    private static Entry coarser(Entry a, Entry b) {
        return a.place().city() == null ? a : b;
    }

    public Optional<Entry> lookup(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of the gazetteer, longest first, so that a scan prefers 长沙市 to 长沙. */
    public List<String> namesLongestFirst() {
        return namesLongestFirst;
    }

    public int size() {
        return byName.size();
    }

    /** All full names of provinces and cities, for tests and reports. */
    public List<Place> places() {
        List<Place> places = new ArrayList<>();
        byName.values().stream().filter(e -> !e.shortForm()).forEach(e -> places.add(e.place()));
        return places;
    }
}
