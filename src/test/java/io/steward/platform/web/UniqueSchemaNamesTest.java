package io.steward.platform.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Springdoc names a schema by the simple name of its type; two types with one name must not share a schema. */
class UniqueSchemaNamesTest {

    static class Exports {
        record Decision(boolean approved, String reason) {
        }
    }

    static class Reviews {
        record Decision(String comment) {
        }
    }

    record Timeline(List<Exports.Decision> exports, List<Reviews.Decision> reviews) {
    }

    @Test
    void two_java_types_of_one_name_met_inside_one_record_refuse_the_document() {
        UniqueSchemaNames names = new UniqueSchemaNames();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(names);

        converters.readAll(new AnnotatedType(Timeline.class));

        assertThatThrownBy(() -> names.customise(new OpenAPI())).hasMessageContaining("'Decision'");
    }

    @Test
    void a_schema_name_that_stands_for_two_java_types_met_as_references_refuses_the_document_naming_both() {
        UniqueSchemaNames names = new UniqueSchemaNames();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(names);

        converters.resolveAsResolvedSchema(new AnnotatedType(Exports.Decision.class).resolveAsRef(true));
        converters.resolveAsResolvedSchema(new AnnotatedType(Reviews.Decision.class).resolveAsRef(true));

        assertThatThrownBy(() -> names.customise(new OpenAPI())).hasMessageContaining("'Decision'")
                .hasMessageContaining("Exports$Decision").hasMessageContaining("Reviews$Decision");
    }

    @Test
    void one_java_type_met_many_times_is_one_schema() {
        UniqueSchemaNames names = new UniqueSchemaNames();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(names);

        converters.readAll(new AnnotatedType(Exports.Decision.class));
        converters.resolveAsResolvedSchema(new AnnotatedType(Exports.Decision.class).resolveAsRef(true));
        converters.readAll(new AnnotatedType(Exports.class));

        names.customise(new OpenAPI());
    }
}
