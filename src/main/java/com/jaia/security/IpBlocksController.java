package com.jaia.security;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.problems.InvalidParameter;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/**
 * Blocked addresses (admin): the temporary and permanent blocks, a permanent block, and unblocking.
 */
@RestController
@RequestMapping("/api/v1/admin/ip-blocks")
@Tag(name = "admin")
record IpBlocksController(IpBlocks blocks) {

    private static final int MAX_REASON = 500;

    /** A permanent block to set. */
    @Schema(description = "A permanent block of an address")
    record BlockRequest(
            @Schema(description = "An IPv4 or IPv6 address", example = "203.0.113.7",
                    requiredMode = Schema.RequiredMode.REQUIRED) String address,
            @Schema(description = "Why (at most 500 characters)", example = "Scanning the API",
                    maxLength = MAX_REASON) String reason) {
    }

    @GetMapping
    @Operation(operationId = "listIpBlocks", summary = "List blocked addresses",
            description = "The temporary blocks (from repeated suspicious requests) and the permanent ones.")
    Page<IpBlock> list(
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Blocks per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        return Page.slice(blocks.list(), page, size);
    }

    @PostMapping
    @Operation(operationId = "blockAddress", summary = "Block an address permanently",
            description = "Requests from the address are refused (403) until the block is lifted; kept in SQLite.")
    @ApiResponse(responseCode = "201", description = "Blocked",
            headers = @Header(name = "Location", description = "The block", schema = @Schema(type = "string")))
    ResponseEntity<IpBlock> block(@RequestBody BlockRequest request, @Parameter(hidden = true) Principal admin) {
        String address = request.address() == null ? "" : request.address().strip();
        if (!address.matches("[0-9A-Fa-f:.]{2,45}")) {
            throw new InvalidParameter("address", "address must be an IPv4 or IPv6 address, such as 203.0.113.7",
                    List.of());
        }
        String reason = request.reason() == null || request.reason().isBlank() ? "blocked by an administrator"
                : request.reason().strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidParameter("reason", "reason must be at most " + MAX_REASON + " characters", List.of());
        }
        IpBlock block = blocks.block(address, reason, admin == null ? "unknown" : admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/ip-blocks/" + address)).body(block);
    }

    @DeleteMapping("/{address}")
    @Operation(operationId = "unblockAddress", summary = "Lift a block",
            description = "Lifts the address's permanent and temporary blocks.")
    @ApiResponse(responseCode = "204", description = "Lifted")
    @ProblemAnswers(ProblemType.IP_BLOCK_NOT_FOUND)
    ResponseEntity<Void> unblock(@Parameter(description = "The blocked address") @PathVariable String address,
            @Parameter(hidden = true) Principal admin) {
        if (!blocks.unblock(address, admin == null ? "unknown" : admin.getName())) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemType.IP_BLOCK_NOT_FOUND.detail(address + " is not blocked."), null);
        }
        return ResponseEntity.noContent().build();
    }

}
