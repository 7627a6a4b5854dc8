package com.jaia.security;

import java.util.List;

import com.jaia.CommandArguments;
import com.jaia.CommandArguments.BadArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;

import org.springframework.stereotype.Component;

/**
 * {@code keys create --name=NAME --role=viewer|operator|admin}, {@code keys list}, {@code keys revoke NAME}: manages
 * the API keys. A new key is printed once; only its hash is stored.
 */
@Component
record KeysCommand(ApiKeys keys) implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) {
        List<String> positional = arguments.positional();
        String action = positional.isEmpty() ? "" : positional.get(0);
        return switch (action) {
            case "create" -> create(arguments);
            case "list" -> list();
            case "revoke" -> revoke(positional);
            default -> throw new BadArguments();
        };
    }

    private int create(CommandArguments arguments) {
        String name = arguments.option("name").orElseThrow(() -> new BadArguments(
                "missing --name=NAME: say who or what will use the key"));
        String roleName = arguments.option("role").orElseThrow(() -> new BadArguments(
                "missing --role=viewer|operator|admin"));
        Role role = Role.parse(roleName).orElseThrow(() -> new BadArguments("unknown role '" + roleName
                + "': use viewer, operator or admin"));
        String key;
        try {
            key = keys.create(name, role);
        }
        catch (IllegalArgumentException refused) {
            throw new BadArguments(refused.getMessage());
        }
        System.out.println("created key '" + name + "' with role " + role.label() + ":");
        System.out.println(key);
        System.out.println("Store it now: it is not shown again. Send it as 'Authorization: Bearer KEY' or "
                + "'X-API-Key: KEY'.");
        return ExitCodes.DONE;
    }

    private int list() {
        List<ApiKey> all = keys.list();
        if (all.isEmpty()) {
            System.out.println("no API keys: the server answers requests from its own machine only");
            return ExitCodes.DONE;
        }
        System.out.printf("%-24s %-9s %-25s %s%n", "NAME", "ROLE", "CREATED", "LAST USED");
        for (ApiKey key : all) {
            System.out.printf("%-24s %-9s %-25s %s%n", key.name(), key.role().label(), key.createdAt(),
                    key.lastUsedAt() == null ? "never" : key.lastUsedAt());
        }
        return ExitCodes.DONE;
    }

    private int revoke(List<String> positional) {
        if (positional.size() != 2) {
            throw new BadArguments();
        }
        if (!keys.revoke(positional.get(1))) {
            System.err.println("jaia: no key named '" + positional.get(1) + "'; 'keys list' shows the keys");
            return ExitCodes.FAILED;
        }
        System.out.println("revoked key '" + positional.get(1) + "'"
                + (keys.any() ? "" : "; no key is left, so the server answers its own machine only"));
        return ExitCodes.DONE;
    }

}
