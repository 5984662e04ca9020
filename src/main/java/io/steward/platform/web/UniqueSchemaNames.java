package io.steward.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Springdoc names a schema after its Java type's simple name, and when two types share one (three records called
 * {@code Decision}) it silently documents both with whichever it met last. This converter sits in springdoc's chain,
 * notes which Java type each schema name stands for, and refuses the document when a name stands for two:
 * {@code /v3/api-docs} then fails naming them all. Give one of them a name of its own (rename the record).
 */
@Component
class UniqueSchemaNames implements ModelConverter, OpenApiCustomizer {

    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, String> typeOfName = new ConcurrentHashMap<>();
    private final Set<String> collisions = ConcurrentHashMap.newKeySet();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        String name = schema == null ? null : nameOf(schema);
        if (name != null && type.getType() != null) {
            String javaType = Json.mapper().constructType(type.getType()).toCanonical();
            String owner = typeOfName.putIfAbsent(name, javaType);
            if (owner != null && !owner.equals(javaType)) {
                collisions.add("'" + name + "' stands for " + owner + " and " + javaType);
            }
        }
        return schema;
    }

    /** A model comes back named, or (resolved as a reference, as springdoc asks) as a reference to its name. */
    private static String nameOf(Schema<?> schema) {
        if (schema.getName() != null) {
            return schema.getName();
        }
        String ref = schema.get$ref();
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    @Override
    public void customise(OpenAPI document) {
        if (!collisions.isEmpty()) {
            throw new IllegalStateException("OpenAPI schema names that stand for two Java types (give one a name of "
                    + "its own): " + new TreeSet<>(collisions));
        }
    }

}
