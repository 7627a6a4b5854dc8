package com.jaia.security;

import java.util.List;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

import org.springframework.stereotype.Component;

/**
 * {@code keys create --name=NAME --role=viewer|operator|admin}, {@code keys list}, {@code keys revoke NAME}: manages
 * the API keys. A new key is printed once; only its hash is stored.
 */
@Component
class KeysCommand implements JaiaCommand {

    static final String USAGE = """
            usage: keys create --name=NAME --role=viewer|operator|admin
                   keys list
                   keys revoke NAME""";

    private final ApiKeys keys;

    KeysCommand(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "keys";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        List<String> positional = arguments.positional();
        String action = positional.isEmpty() ? "" : positional.get(0);
        try {
            return switch (action) {
                case "create" -> create(arguments);
                case "list" -> list();
                case "revoke" -> revoke(positional);
                default -> usage();
            };
        }
        catch (IllegalArgumentException e) {
            System.err.println("jaia: " + e.getMessage());
            return 2;
        }
    }

    private int create(CommandArguments arguments) {
        String name = arguments.option("name").orElseThrow(() -> new IllegalArgumentException(
                "missing --name=NAME: say who or what will use the key"));
        String roleName = arguments.option("role").orElseThrow(() -> new IllegalArgumentException(
                "missing --role=viewer|operator|admin"));
        Role role = Role.parse(roleName).orElseThrow(() -> new IllegalArgumentException("unknown role '" + roleName
                + "': use viewer, operator or admin"));
        String key = keys.create(name, role);
        System.out.println("created key '" + name + "' with role " + role.label() + ":");
        System.out.println(key);
        System.out.println("Store it now: it is not shown again. Send it as 'Authorization: Bearer KEY' or "
                + "'X-API-Key: KEY'.");
        return 0;
    }

    private int list() {
        List<ApiKey> all = keys.list();
        if (all.isEmpty()) {
            System.out.println("no API keys: the server answers requests from its own machine only");
            return 0;
        }
        System.out.printf("%-24s %-9s %-25s %s%n", "NAME", "ROLE", "CREATED", "LAST USED");
        for (ApiKey key : all) {
            System.out.printf("%-24s %-9s %-25s %s%n", key.name(), key.role().label(), key.createdAt(),
                    key.lastUsedAt() == null ? "never" : key.lastUsedAt());
        }
        return 0;
    }

    private int revoke(List<String> positional) {
        if (positional.size() != 2) {
            return usage();
        }
        if (!keys.revoke(positional.get(1))) {
            System.err.println("jaia: no key named '" + positional.get(1) + "'; 'keys list' shows the keys");
            return 1;
        }
        System.out.println("revoked key '" + positional.get(1) + "'"
                + (keys.any() ? "" : "; no key is left, so the server answers its own machine only"));
        return 0;
    }

    private static int usage() {
        System.err.println(USAGE);
        return 2;
    }

}
