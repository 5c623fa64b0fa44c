package vn.cds.teams.common.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;

/**
 * Query, path and header parameters read exactly: a flag is {@code true} or {@code false} (not "1", "yes" or
 * anything else read as false), a number is whole and fits, an enum value is one of its names. Anything else is a
 * 422 problem naming the parameter, where JAX-RS would answer 404 or quietly take false.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(rawType == boolean.class ? Boolean.FALSE : null, value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(name, "parameter.boolean");
            });
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(rawType == int.class ? 0 : null, value -> (int) whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(rawType == long.class ? 0L : null, value -> whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType.isEnum()) {
            return converter(null, value -> Arrays.stream(rawType.getEnumConstants())
                    .filter(constant -> ((Enum<?>) constant).name().equals(value)).findFirst()
                    .orElseThrow(() -> invalid(name, "json.expected-one-of", String.join(", ",
                            Arrays.stream(rawType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()))));
        }
        return null;
    }

    private static long whole(String name, String value, long min, long max) {
        if (!WHOLE.matcher(value).matches()) {
            throw invalid(name, "parameter.whole-number");
        }
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                throw invalid(name, "json.number-out-of-range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(name, "json.number-out-of-range");
        }
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private static InvalidParameter invalid(String name, String key, Object... args) {
        return new InvalidParameter(DomainException.invalid(List.of(new FieldViolation(name, key, args))));
    }

    /** {@code absent}: the value of a parameter not sent (a primitive's default, else null). */
    private static <T> ParamConverter<T> converter(T absent, java.util.function.Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? absent : parse.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    /**
     * A refused parameter. A web-application exception, because JAX-RS implementations pass those through from
     * parameter conversion unchanged (any other exception becomes a 404); its cause is the problem to answer.
     */
    static final class InvalidParameter extends WebApplicationException {
        InvalidParameter(DomainException problem) {
            super(problem, 422);
        }
    }
}
