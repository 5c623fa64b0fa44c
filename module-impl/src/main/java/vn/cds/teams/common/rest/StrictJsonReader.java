package vn.cds.teams.common.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * Every JSON body of the API is read here, strictly, before JSON-B binds it: what is not exactly right is refused
 * with a problem naming the field, and nothing is converted. Refused: bytes that are not UTF-8, a duplicate key,
 * text after the value, a string with an unpaired surrogate or a control or bidi-override character, a key the
 * type does not have, a value of the wrong JSON type (a string for a flag, {@code true} for a name), a number that
 * does not fit its field exactly (a fraction or an overflow for a count), an unknown enum name, an unreadable
 * date, and a missing or null value for a field that has no "absent" (a primitive). Declared for records (every
 * input of the API is one) so that JAX-RS implementations prefer it to their general JSON reader.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Record> {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Jsonb BINDER = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body)
            throws IOException, WebApplicationException {
        String text = utf8(body.readAllBytes());
        if (text.isBlank()) {
            return null;
        }
        JsonValue tree = parse(text);
        List<FieldViolation> violations = new ArrayList<>();
        check(tree, genericType, "", violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        return BINDER.fromJson(text, genericType);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("json.not-utf8");
        }
    }

    /** One JSON value and nothing after it; objects without repeated keys. */
    static JsonValue parse(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw unreadable("json.empty");
            }
            JsonValue value = value(parser, parser.next());
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException e) {
                more = true;
            }
            if (more) {
                throw unreadable("json.trailing-text");
            }
            return value;
        } catch (JsonParsingException e) {
            throw unreadable("json.syntax");
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> {
                var object = JSON.createObjectBuilder();
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    if (!keys.add(key)) {
                        throw unreadable("json.duplicate-key", key);
                    }
                    object.add(key, value(parser, parser.next()));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                var array = JSON.createArrayBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next));
                }
                yield array.build();
            }
            case VALUE_STRING -> JSON.createValue(parser.getString());
            case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw unreadable("json.syntax");
        };
    }

    /** Whether {@code value} is exactly of {@code type}; each mismatch is added with its path. */
    static void check(JsonValue value, Type type, String path, List<FieldViolation> violations) {
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                violations.add(new FieldViolation(field(path), "field.required"));
            }
            return;
        }
        String field = field(path);
        if (raw == String.class) {
            if (!(value instanceof JsonString string)) {
                violations.add(new FieldViolation(field, "json.expected-text"));
            } else if (!VietnameseText.isCleanText(string.getString())) {
                violations.add(new FieldViolation(field, "field.forbidden-characters"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                violations.add(new FieldViolation(field, "json.expected-boolean"));
            }
        } else if (isWhole(raw)) {
            checkWhole(value, raw, field, violations);
        } else if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber)) {
                violations.add(new FieldViolation(field, "json.expected-number"));
            } else if (raw != BigDecimal.class && !Double.isFinite(((JsonNumber) value).doubleValue())) {
                violations.add(new FieldViolation(field, "json.number-out-of-range"));
            }
        } else if (raw.isEnum()) {
            checkEnum(value, raw, field, violations);
        } else if (raw == LocalDate.class || raw == YearMonth.class || raw == Instant.class) {
            checkTime(value, raw, field, violations);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                violations.add(new FieldViolation(field, "json.expected-array"));
            } else {
                Type element = argument(type, 0);
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), element, path + "[" + i + "]", violations);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                violations.add(new FieldViolation(field, "json.expected-object"));
            } else {
                Type element = argument(type, 1);
                object.forEach((key, member) -> check(member, element, join(path, key), violations));
            }
        } else if (raw.isRecord()) {
            checkRecord(value, raw, path, violations);
        }
    }

    private static void checkRecord(JsonValue value, Class<?> raw, String path, List<FieldViolation> violations) {
        if (!(value instanceof JsonObject object)) {
            violations.add(new FieldViolation(field(path), "json.expected-object"));
            return;
        }
        RecordComponent[] components = raw.getRecordComponents();
        java.util.Set<String> known = new java.util.HashSet<>();
        for (RecordComponent component : components) {
            known.add(component.getName());
            check(object.get(component.getName()), component.getGenericType(), join(path, component.getName()),
                    violations);
        }
        object.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> violations.add(new FieldViolation(join(path, key), "json.unknown-field")));
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class;
    }

    private static void checkWhole(JsonValue value, Class<?> raw, String field, List<FieldViolation> violations) {
        if (!(value instanceof JsonNumber number)) {
            violations.add(new FieldViolation(field, "json.expected-whole-number"));
            return;
        }
        BigDecimal exact = number.bigDecimalValue();
        try {
            if (raw == long.class || raw == Long.class) {
                exact.longValueExact();
            } else if (raw == int.class || raw == Integer.class) {
                exact.intValueExact();
            } else {
                exact.shortValueExact();
            }
        } catch (ArithmeticException notExact) {
            boolean fraction = exact.stripTrailingZeros().scale() > 0;
            violations.add(new FieldViolation(field, fraction ? "json.expected-whole-number"
                    : "json.number-out-of-range"));
        }
    }

    private static void checkEnum(JsonValue value, Class<?> raw, String field, List<FieldViolation> violations) {
        if (value instanceof JsonString string) {
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(string.getString())) {
                    return;
                }
            }
        }
        violations.add(new FieldViolation(field, "json.expected-one-of",
                String.join(", ", java.util.Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .toList())));
    }

    private static void checkTime(JsonValue value, Class<?> raw, String field, List<FieldViolation> violations) {
        String pattern = raw == LocalDate.class ? "YYYY-MM-DD" : raw == YearMonth.class ? "YYYY-MM"
                : "YYYY-MM-DDThh:mm:ssZ";
        if (value instanceof JsonString string) {
            try {
                if (raw == LocalDate.class) {
                    LocalDate.parse(string.getString());
                } else if (raw == YearMonth.class) {
                    YearMonth.parse(string.getString());
                } else {
                    Instant.parse(string.getString());
                }
                return;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        violations.add(new FieldViolation(field, "json.expected-date", pattern));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static DomainException unreadable(String key, Object... args) {
        return new DomainException(DomainException.Kind.UNREADABLE, null, key, null, args);
    }
}
