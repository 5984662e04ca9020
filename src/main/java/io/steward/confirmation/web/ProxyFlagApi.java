package io.steward.confirmation.web;

import io.steward.confirmation.internal.ProxyFlags;
import io.steward.confirmation.internal.ProxyFlags.Flag;
import io.steward.platform.web.Access;
import io.steward.platform.web.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Customer channel")
@RestController
@RequestMapping("/api/v1/proxy-confirmations")
class ProxyFlagApi {

    private final ProxyFlags flags;

    ProxyFlagApi(ProxyFlags flags) {
        this.flags = flags;
    }

    @Schema(name = "ProxyFlagResolution")
    record Resolution(@NotBlank @Size(max = 1000) String resolution) {
    }

    @Operation(summary = "Confirmations given from the requesting staff member's own device or address")
    @GetMapping
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    List<Flag> list(@RequestParam(defaultValue = "true") boolean open) {
        return flags.list(open);
    }

    @PostMapping("/{id}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Access(roles = "COMPLIANCE", scope = DataScope.BANK)
    void resolve(@PathVariable long id, @Valid @RequestBody Resolution request) {
        flags.resolve(id, request.resolution());
    }
}
