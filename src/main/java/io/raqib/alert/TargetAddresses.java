package io.raqib.alert;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a webhook may be sent (server-side request forgery): never to this host, the private
 * networks around it or a cloud's metadata service, whatever name or number form the URL uses.
 * A host is judged by every address it resolves to; IPv6 forms that carry an IPv4 address
 * (::ffff:a.b.c.d, NAT64, 6to4) are judged by that address. Networks listed in
 * {@code raqib.webhooks.allowed-networks} are let through (a receiver inside the cluster, the
 * tests' own receiver on loopback).
 */
public final class TargetAddresses {
    /** Looks a host up; the JDK's resolver outside tests of the rules. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<Cidr> FORBIDDEN = Cidr.all(
            "0.0.0.0/8 unspecified", "10.0.0.0/8 private", "100.64.0.0/10 shared (carrier-grade NAT, some cloud metadata)",
            "127.0.0.0/8 loopback", "169.254.0.0/16 link-local (cloud metadata)", "172.16.0.0/12 private",
            "192.0.0.0/24 reserved", "192.168.0.0/16 private", "198.18.0.0/15 reserved", "224.0.0.0/4 multicast",
            "240.0.0.0/4 reserved", "::/128 unspecified", "::1/128 loopback", "fe80::/10 link-local",
            "fec0::/10 site-local", "fc00::/7 private (unique local, cloud metadata)", "ff00::/8 multicast");

    /** Labels of a host written as numbers: decimal, octal (leading 0) or hex (0x). */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    private static final Pattern PLAIN_OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final List<Cidr> allowed;
    private final Resolver resolver;

    public TargetAddresses(List<String> allowedNetworks, Resolver resolver) {
        this.allowed = allowedNetworks.stream().map(n -> Cidr.parse(n.strip() + " allowed")).toList();
        this.resolver = resolver;
    }

    public static TargetAddresses of(WebhookConfig config) {
        return new TargetAddresses(config.allowedNetworks().orElse(List.of()), InetAddress::getAllByName);
    }

    /**
     * Why a subscription may not name this host, or empty. A name that does not resolve now is
     * accepted (its target may not be set up yet): every delivery checks again.
     */
    public Optional<String> refusalOnSubscribe(String host) {
        return refusal(host, false);
    }

    /** Why a delivery may not go to this host now (its name may point elsewhere than when subscribed), or empty. */
    public Optional<String> refusalOnDelivery(String host) {
        return refusal(host, true);
    }

    private Optional<String> refusal(String rawHost, boolean mustResolve) {
        String host = rawHost.startsWith("[") && rawHost.endsWith("]") ? rawHost.substring(1, rawHost.length() - 1)
                : rawHost;
        if (host.contains("%")) {
            return Optional.of("its host '" + rawHost + "' names a network interface (a link-local address)");
        }
        if (ambiguousNumber(host)) {
            return Optional.of("its host '" + rawHost + "' is a number that is not a plain dotted IPv4 address "
                    + "(decimal, octal and hexadecimal forms are read differently by different programs)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return mustResolve ? Optional.of("its host '" + rawHost + "' does not resolve") : Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> why = forbidden(address.getAddress());
            if (why.isPresent()) {
                return Optional.of("its host '" + rawHost + "' is or resolves to " + address.getHostAddress()
                        + ", a " + why.get() + " address, which webhooks may not reach");
            }
        }
        return Optional.empty();
    }

    /** The kind of network an address lies in that webhooks may not reach, or empty. */
    Optional<String> forbidden(byte[] address) {
        if (allowed.stream().anyMatch(c -> c.contains(address))) {
            return Optional.empty();
        }
        byte[] ipv4 = embeddedIpv4(address);
        if (ipv4 != null) {
            return forbidden(ipv4);
        }
        return FORBIDDEN.stream().filter(c -> c.contains(address)).map(Cidr::label).findFirst();
    }

    /**
     * The IPv4 address inside an IPv6 one that carries it: mapped (::ffff:a.b.c.d), compatible
     * (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) or 6to4 (2002:aabb:ccdd::); null for others.
     */
    static byte[] embeddedIpv4(byte[] a) {
        if (a.length != 16) {
            return null;
        }
        if ((a[0] & 0xff) == 0x20 && a[1] == 0x02) {
            return Arrays.copyOfRange(a, 2, 6);
        }
        boolean nat64 = a[0] == 0 && a[1] == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b;
        for (int i = nat64 ? 4 : 0; i < 10; i++) {
            if (a[i] != 0) {
                return null;
            }
        }
        boolean mapped = (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        boolean zeros = a[10] == 0 && a[11] == 0;
        byte[] ipv4 = Arrays.copyOfRange(a, 12, 16);
        boolean unspecifiedOrLoopback = Arrays.equals(ipv4, new byte[4]) || Arrays.equals(ipv4, new byte[] {0, 0, 0, 1});
        if (mapped || (nat64 && zeros) || (zeros && !unspecifiedOrLoopback)) {
            return ipv4;
        }
        return null;
    }

    /** True for hosts like 2130706433, 0177.0.0.1, 0x7f.1 or 127.1: numbers, but not four plain decimal octets. */
    static boolean ambiguousNumber(String host) {
        String[] labels = host.split("\\.", -1);
        if (!Arrays.stream(labels).allMatch(l -> NUMERIC_LABEL.matcher(l).matches())) {
            return false;
        }
        return labels.length != 4 || !Arrays.stream(labels)
                .allMatch(l -> PLAIN_OCTET.matcher(l).matches() && Integer.parseInt(l) <= 255);
    }

    /** A network in CIDR notation with what it is. */
    record Cidr(byte[] network, int prefix, String label) {
        static List<Cidr> all(String... specs) {
            return Arrays.stream(specs).map(Cidr::parse).toList();
        }

        /** "10.0.0.0/8 private": address, prefix length, then what it is. */
        static Cidr parse(String spec) {
            String[] parts = spec.split(" ", 2);
            String[] cidr = parts[0].split("/", 2);
            try {
                if (!cidr[0].contains(":") && !cidr[0].matches("[0-9.]+")) {
                    throw new IllegalArgumentException("not an IP address");
                }
                byte[] network = InetAddress.getByName(cidr[0]).getAddress();
                int prefix = cidr.length == 2 ? Integer.parseInt(cidr[1]) : network.length * 8;
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range");
                }
                return new Cidr(network, prefix, parts.length == 2 ? parts[1] : parts[0]);
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + parts[0] + "' is not a network in CIDR notation such as "
                        + "10.0.0.0/8 or fd00::/8 (raqib.webhooks.allowed-networks)", e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return label.toLowerCase(Locale.ROOT);
        }
    }
}
