package com.jaia.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Finds the client's address: the socket's peer, unless that peer is a configured trusted proxy, in which case the
 * nearest untrusted address of {@code X-Forwarded-For} (read from the right, as each proxy appends its peer).
 */
final class ClientAddresses {

    static final String ATTRIBUTE = ClientAddresses.class.getName();

    /** Address literals only: a host name would make every request a DNS lookup. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trusted;

    ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(ClientAddresses::matcher).toList();
    }

    private static IpAddressMatcher matcher(String cidr) {
        if (!LITERAL.matcher(cidr.replace("/", "")).matches()) {
            throw new IllegalArgumentException("jaia.security.trusted-proxies: '" + cidr
                    + "' is not an address or CIDR such as 10.0.0.0/8");
        }
        return new IpAddressMatcher(cidr);
    }

    /** The client address of a request, as resolved at the edge (or now, for a request the edge has not seen). */
    static String of(HttpServletRequest request) {
        Object address = request.getAttribute(ATTRIBUTE);
        return address instanceof String s ? s : request.getRemoteAddr();
    }

    String resolve(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!LITERAL.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        return LITERAL.matcher(address).matches() && trusted.stream().anyMatch(m -> m.matches(address));
    }

    static boolean loopback(String address) {
        try {
            return LITERAL.matcher(address).matches() && InetAddress.getByName(address).isLoopbackAddress();
        }
        catch (UnknownHostException e) {
            return false;
        }
    }

}
