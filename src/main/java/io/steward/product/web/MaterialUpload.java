package io.steward.product.web;

import io.steward.product.OfficialMaterials.NewMaterial;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A material upload as the officer sends it (the page's form, the API's multipart body): the title and version typed,
 * and the file. Only these parts are read: the stored name and content come from the file part itself, never from a
 * field a client could add.
 */
record MaterialUpload(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{product.validation.material-version}")
        String version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "MAT-1: a PDF, PNG or JPEG, at most 10 MB")
        MultipartFile file) {

    NewMaterial material() throws IOException {
        return file == null ? new NewMaterial(title, version, null, null)
                : new NewMaterial(title, version, file.getOriginalFilename(), file.getBytes());
    }
}
