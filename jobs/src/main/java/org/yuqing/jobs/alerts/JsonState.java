package org.yuqing.jobs.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.yuqing.core.json.Json;

/**
 * Keyed state kept as the project's JSON. The episodes are records with immutable collections, which Flink's
 * generic (Kryo) serializer cannot rebuild, and JSON reads an older checkpoint after a field was added (the new
 * field is null) where a binary form would need a migration. An episode is about a kilobyte either way.
 */
final class JsonState<T> {

    private final ValueState<String> state;
    private final Class<T> type;

    private JsonState(ValueState<String> state, Class<T> type) {
        this.state = state;
        this.type = type;
    }

    static <T> JsonState<T> of(RuntimeContext context, String name, Class<T> type) {
        return new JsonState<>(context.getState(descriptor(name)), type);
    }

    /** The state's descriptor, for going over every key's value (from a broadcast element). */
    static ValueStateDescriptor<String> descriptor(String name) {
        return new ValueStateDescriptor<>(name, String.class);
    }

    /** The current key's value, or null. */
    T get() throws java.io.IOException {
        return read(state.value(), type);
    }

    /** A value as kept in the state, or null. */
    static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return Json.read(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("state " + type.getSimpleName() + " cannot be read back", e);
        }
    }

    void set(T value) throws java.io.IOException {
        state.update(write(value));
    }

    /** A value as it is kept in the state. */
    static String write(Object value) {
        return Json.write(value);
    }

    void clear() {
        state.clear();
    }
}
