package org.yuqing.jobs.text;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Teaches HanLP the government terms its core dictionary splits apart (政务公开, 放管服, 双随机、一公开 ...): the
 * list shipped as {@code government-terms.txt}, then the files named by the system property
 * {@code yuqing.user-dictionary} or the environment variable {@code YUQING_USER_DICTIONARY}.
 *
 * <p>HanLP's custom dictionary is one per JVM, so this loads once, whoever asks first.
 */
public final class UserDictionary {

    public static final String PROPERTY = "yuqing.user-dictionary";
    public static final String ENVIRONMENT = "YUQING_USER_DICTIONARY";
    private static final String RESOURCE = "government-terms.txt";

    private static volatile boolean loaded;

    private UserDictionary() {
    }

    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (UserDictionary.class) {
            if (loaded) {
                return;
            }
            try (InputStream in = UserDictionary.class.getResourceAsStream(RESOURCE)) {
                addAll(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped " + RESOURCE, e);
            }
            for (Path file : configuredFiles()) {
                try (InputStream in = Files.newInputStream(file)) {
                    addAll(in, file.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the user dictionary " + file, e);
                }
            }
            loaded = true;
        }
    }

    static List<Path> configuredFiles() {
        String value = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        List<Path> files = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.strip()));
                }
            }
        }
        return files;
    }

    /** Adds the entries of a dictionary file; the words stay whole from the next segmentation on. */
    static void addAll(InputStream in, String name) throws IOException {
        if (in == null) {
            throw new IOException(name + " is missing");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\\s+");
            String nature = parts.length > 1 ? parts[1] : "nz";
            String frequency = parts.length > 2 ? parts[2] : "1024";
            // insert, not add: add skips words the core dictionary already has, with their old tags.
            CustomDictionary.insert(parts[0], nature + " " + frequency);
        }
    }
}
