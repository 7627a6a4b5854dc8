package com.jaia.security;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Blocked addresses (admin): the temporary and permanent blocks, a permanent block, and unblocking.
 */
@RestController
@RequestMapping("/api/v1/admin/ip-blocks")
class IpBlocksController {

    private static final int MAX_REASON = 500;

    private final IpBlocks blocks;

    IpBlocksController(IpBlocks blocks) {
        this.blocks = blocks;
    }

    /** A permanent block to set. */
    record BlockRequest(String address, String reason) {
    }

    @GetMapping
    List<IpBlock> list() {
        return blocks.list();
    }

    @PostMapping
    ResponseEntity<IpBlock> block(@RequestBody BlockRequest request, Principal admin) {
        String address = request.address() == null ? "" : request.address().strip();
        if (!address.matches("[0-9A-Fa-f:.]{2,45}")) {
            throw new IllegalArgumentException("address must be an IPv4 or IPv6 address, such as 203.0.113.7");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? "blocked by an administrator"
                : request.reason().strip();
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters");
        }
        IpBlock block = blocks.block(address, reason, admin == null ? "unknown" : admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/ip-blocks/" + address)).body(block);
    }

    @DeleteMapping("/{address}")
    ResponseEntity<Void> unblock(@PathVariable String address, Principal admin) {
        if (!blocks.unblock(address, admin == null ? "unknown" : admin.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, address + " is not blocked");
        }
        return ResponseEntity.noContent().build();
    }

}
