package org.yuqing.core.config;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one way a YAML settings file becomes records: Jackson binds the file onto records declared with the file's
 * keys (snake_case in the file, camelCase in Java), the records check their own values in their constructors
 * ({@link SettingChecks}), and every mistake becomes a {@link ConfigurationException} that names the file, the key
 * and what was expected. A key that no record declares is a mistake, never silently ignored: a misspelt key would
 * otherwise leave a default in force that the user believes changed.
 *
 * <p>Durations are written as people write them ({@link Durations}); dates as ISO (2027-01-01).
 */
public final class YamlSettings {

    private static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .addModule(new SimpleModule("yuqing-settings")
                    .addDeserializer(Duration.class, new DurationText())
                    .addSerializer(Duration.class, new DurationIso())
                    .addDeserializer(LocalDate.class, new IsoDate())
                    .addSerializer(LocalDate.class, new IsoDateText()))
            .build();

    /** Keys that hold secrets: refused by the records that declare them, never suggested, never repeated. */
    private static final Set<String> SECRETS = Set.of("password", "api_key", "secret", "webhook_secret");

    private YamlSettings() {
    }

    /** The file's YAML tree; a missing node when the file is empty. */
    public static JsonNode tree(Path file) {
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file));
            return root == null || root.isNull() ? MissingNode.getInstance() : root;
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read as YAML: " + e.getMessage(), e);
        }
    }

    /** The whole file bound to {@code type}; an empty file binds as an empty mapping. */
    public static <T> T read(Path file, Class<T> type) {
        return bind(file.toString(), "", tree(file), type);
    }

    /**
     * A part of a file bound to {@code type}.
     *
     * @param file how errors name the file
     * @param at the dotted key of {@code node} in the file, empty for the top level
     */
    public static <T> T bind(String file, String at, JsonNode node, Class<T> type) {
        JsonNode given = node.isMissingNode() || node.isNull() ? MAPPER.createObjectNode() : node;
        try {
            return MAPPER.treeToValue(given, type);
        } catch (JsonMappingException e) {
            throw translate(file, at, given, e);
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A part of a file laid over {@code defaults}: what the file leaves out keeps the default's value, what it
     * gives is checked as if the whole record came from the file.
     */
    @SuppressWarnings("unchecked")
    public static <T> T bind(String file, String at, JsonNode node, T defaults) {
        if (node.isMissingNode() || node.isNull()) {
            return defaults;
        }
        JsonNode merged = node.isObject() ? overlay(MAPPER.valueToTree(defaults), (ObjectNode) node) : node;
        return (T) bind(file, at, merged, defaults.getClass());
    }

    private static JsonNode overlay(JsonNode defaults, ObjectNode given) {
        if (!defaults.isObject()) {
            return given;
        }
        ObjectNode merged = ((ObjectNode) defaults).deepCopy();
        given.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            JsonNode base = merged.get(field.getKey());
            if (value.isNull()) {
                return;
            }
            merged.set(field.getKey(), value.isObject() && base != null && base.isObject()
                    && !base.isEmpty() ? overlay(base, (ObjectNode) value) : value);
        });
        return merged;
    }

    private static ConfigurationException translate(String file, String at, JsonNode root, JsonMappingException e) {
        StringBuilder key = new StringBuilder(at);
        JsonNode node = root;
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                key.append(key.isEmpty() ? "" : ".").append(ref.getFieldName());
                node = node.path(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
                node = node.path(ref.getIndex());
            }
        }
        InvalidSetting invalid = invalidSetting(e);
        if (invalid != null && e instanceof ValueInstantiationException refused && node.isObject()
                && !takesAnyKey(refused.getType().getRawClass())) {
            // Jackson builds a record before it reports the keys it did not know; a misspelt key would then be
            // blamed on the default it left in place, so the misspelling is reported first.
            Set<String> known = new TreeSet<>();
            MAPPER.getDeserializationConfig().introspect(refused.getType()).findProperties()
                    .forEach(property -> known.add(property.getName()));
            for (String name : (Iterable<String>) node::fieldNames) {
                if (!known.contains(name)) {
                    return unknownKey(file, key + (key.isEmpty() ? "" : ".") + name, key.isEmpty() ? "" : key + ".", known);
                }
            }
        }
        if (invalid != null) {
            if (!invalid.key().isEmpty()) {
                key.append(key.isEmpty() ? "" : ".").append(invalid.key());
            }
            return new ConfigurationException(file, named(key), invalid.expected(), invalid.found());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = key.length() > ref(e).length() ? key.substring(0, key.length() - ref(e).length()) : "";
            return unknownKey(file, key.toString(), parent,
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).toList());
        }
        String last = e.getPath().isEmpty() ? "" : String.valueOf(e.getPath().get(e.getPath().size() - 1).getFieldName());
        String found = SECRETS.contains(last) ? null
                : e instanceof InvalidFormatException format ? String.valueOf(format.getValue())
                : node.isMissingNode() ? null : node.toString();
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return new ConfigurationException(file, named(key), expected(target), found);
    }

    /** A record that gathers the keys it does not declare (to word its own error about them). */
    private static boolean takesAnyKey(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields()).anyMatch(field -> field.isAnnotationPresent(JsonAnySetter.class));
    }

    private static ConfigurationException unknownKey(String file, String key, String parent, Collection<String> known) {
        return new ConfigurationException(file, key, "is not a known key; expected one of " + new TreeSet<>(known.stream()
                .filter(name -> !SECRETS.contains(name)).map(name -> parent + name).toList()), null);
    }

    /** The unknown key as the path ends in it: after a dot, or the whole path at the top level. */
    private static String ref(JsonMappingException e) {
        String name = e.getPath().get(e.getPath().size() - 1).getFieldName();
        return name == null ? "" : name;
    }

    private static String named(StringBuilder key) {
        return key.isEmpty() ? "(top level)" : key.toString();
    }

    private static InvalidSetting invalidSetting(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidSetting invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** What a value of the type the record declares looks like, in the words the user reads. */
    private static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong form";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "must be a whole number";
        }
        if (target == double.class || target == Double.class) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        if (target.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be a mapping";
        }
        return "must be a " + target.getSimpleName();
    }

    /** 500ms, 90s, 30m, 6h, 1d or ISO-8601; a bare number is seconds. */
    private static final class DurationText extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                throw new InvalidSetting("", Durations.EXPECTED, parser.currentToken().asString());
            }
            return Durations.parse(text).orElseThrow(() -> new InvalidSetting("", Durations.EXPECTED, text));
        }
    }

    /** Defaults are laid under the file as a tree, so a duration must write in a form it reads back. */
    private static final class DurationIso extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    private static final class IsoDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return LocalDate.parse(text == null ? "" : text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidSetting("", "must be a date such as 2027-01-01", text);
            }
        }
    }

    private static final class IsoDateText extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }
}
