package vn.cds.teams.common.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.cds.teams.api.common.Page;

/**
 * The JSON schemas of the API's records and enums (module-api), read from their Java types as JSON-B writes them:
 * record components in order, dates as {@code date}, instants as {@code date-time}, enums by name, a month
 * ({@code period}, {@code deadlinePeriod}) as YYYY-MM. Each record or enum becomes a named component; a nested one
 * is named after its enclosing type too ({@code ImportReportProblem}), a page after its items ({@code TeamSummaryPage}).
 */
final class OpenApiSchemas {

    /** A month as the API reads and writes it. */
    static final String PERIOD_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    /** Fields and parameters that hold a month (YYYY-MM) in a string. */
    static final Set<String> PERIOD_NAMES = Set.of("period", "deadlinePeriod");

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<String, Class<?>> named = new TreeMap<>();

    /** The components made so far, by name. */
    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a value of this type: inline for scalars and lists, a reference for records and enums. */
    Schema of(Type type, String name) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(arguments[0], null));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(of(arguments[1], null));
            }
            if (raw == Page.class) {
                return page((Class<?>) arguments[0]);
            }
            return of(raw, name);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
            return name != null && PERIOD_NAMES.contains(name)
                    ? schema.pattern(PERIOD_PATTERN).description("A month, YYYY-MM") : schema;
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == int.class || c == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == double.class || c == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("double");
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (c == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c == byte[].class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
        }
        if (c.isEnum()) {
            return reference(c, () -> {
                Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
                for (Object constant : c.getEnumConstants()) {
                    schema.addEnumeration(((Enum<?>) constant).name());
                }
                return schema;
            });
        }
        if (c.isRecord()) {
            return reference(c, () -> {
                Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
                for (RecordComponent component : c.getRecordComponents()) {
                    schema.addProperty(component.getName(), of(component.getGenericType(), component.getName()));
                }
                return schema;
            });
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    private Schema page(Class<?> item) {
        String name = componentName(item) + "Page";
        if (!components.containsKey(name)) {
            components.put(name, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description("One page of a list: its items, the number of items in all, the page (from 0) and"
                            + " its size")
                    .addProperty("items", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(item, null)))
                    .addProperty("total", of(long.class, null))
                    .addProperty("page", of(int.class, null))
                    .addProperty("size", of(int.class, null)));
        }
        return ref(name);
    }

    private Schema reference(Class<?> c, java.util.function.Supplier<Schema> make) {
        String name = componentName(c);
        if (!components.containsKey(name)) {
            components.put(name, OASFactory.createSchema()); // placeholder: a record may refer to itself
            components.put(name, make.get());
        }
        return ref(name);
    }

    /** The component's name: the simple name (with its enclosing type's), or with its package's when two clash. */
    String componentName(Class<?> c) {
        String name = c.getEnclosingClass() == null ? c.getSimpleName()
                : c.getEnclosingClass().getSimpleName() + c.getSimpleName();
        Class<?> holder = named.putIfAbsent(name, c);
        if (holder == null || holder == c) {
            return name;
        }
        String pkg = c.getPackageName().substring(c.getPackageName().lastIndexOf('.') + 1);
        String qualified = Character.toUpperCase(pkg.charAt(0)) + pkg.substring(1) + name;
        named.putIfAbsent(qualified, c);
        return qualified;
    }

    static Schema ref(String component) {
        return OASFactory.createSchema().ref("#/components/schemas/" + component);
    }
}
